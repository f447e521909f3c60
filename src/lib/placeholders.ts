/**
 * The mark the scaffolds (`npm run new:edition`, `new:chapter`, `new:press`) leave where an editor
 * still has to write. A draft may keep it and still build; a published entry may not.
 */
import type { Problem } from './content-check/problems.ts';

export const PLACEHOLDER = '【要記入】';

export interface Placeholder {
  /** Line in the file, from 1 (front matter included). */
  line: number;
  /** The front-matter key on that line, e.g. `title` or `url`; undefined in the body. */
  field?: string;
  /** What the scaffold said to write there: the text after the mark. */
  hint: string;
}

/** Every placeholder in the text of a content file. */
export function findPlaceholders(source: string): Placeholder[] {
  const lines = source.split(/\r?\n/);
  const frontMatterEnd = lines[0] === '---' ? lines.indexOf('---', 1) : -1;
  return lines.flatMap((text, i) => {
    const at = text.indexOf(PLACEHOLDER);
    if (at < 0) return [];
    const hint = text
      .slice(at + PLACEHOLDER.length)
      .replace(/\s*\*\/\s*\}\s*$/, '') // the end of an MDX comment {/* … */}
      .replace(/^["'\s]+|["'\s。]+$/g, '');
    const field = i < frontMatterEnd ? /^\s*(?:-\s+)?([A-Za-z_]+):/.exec(text)?.[1] : undefined;
    return [{ line: i + 1, ...(field ? { field } : {}), hint }];
  });
}

/**
 * Problems for the placeholders of one file: warnings while the entry is unpublished (a draft, or a
 * chapter of a draft edition), errors once it would be published.
 */
export function placeholderProblems(file: string, source: string, unpublished: boolean): Problem[] {
  return findPlaceholders(source).map(({ line, field, hint }) => ({
    file,
    field: `${line}行目 ${field ?? '本文'}`,
    message:
      `${PLACEHOLDER}が残っています${hint ? `: ${hint}` : ''}。書いたら ${PLACEHOLDER} の印を消してください。` +
      (unpublished
        ? '下書きのあいだは警告ですが、公開すると誤りとしてビルドが止まります。'
        : '公開する内容には残せません。'),
    ...(unpublished ? { severity: 'warning' as const } : {}),
  }));
}
