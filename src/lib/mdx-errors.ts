/** Turns an MDX compile error into a message an editor can act on. */
import type { Problem } from './content-problems.ts';

interface MdxError {
  message?: string;
  reason?: string;
  line?: number;
  place?: { line?: number; start?: { line?: number } };
}

/** The error's line must count from the top of the file (front matter included). */
export function mdxSyntaxProblem(file: string, error: unknown): Problem {
  const e = error as MdxError;
  const line = e.line ?? e.place?.start?.line ?? e.place?.line;
  const reason = (e.reason ?? e.message ?? String(error)).split('\n')[0];
  return {
    file,
    field: line !== undefined ? `${line}行目` : '(本文)',
    message:
      `MDX として読めません（${reason}）。` +
      '本文の { } < は MDX では式やタグの始まりとみなされます。文字として書くなら \\{ \\} \\< のように前に \\ を付けるか、全角の ｛ ｝ ＜ を使ってください。' +
      'コンポーネントを使わない章なら、拡張子を .md に変えればこの制約はなくなります。',
  };
}
