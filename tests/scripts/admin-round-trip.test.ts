/**
 * A save in the browser editor changes only what was edited: over every chapter, edition page and
 * press release of content/, the file is already in the editor's style (opening and saving it
 * writes the same bytes), and a title-only edit keeps the body byte-identical and changes the
 * title's lines alone. The writer is the CMS's own YAML and gray-matter (scripts/lib/decap-format.ts);
 * tests/e2e/admin.test.ts shows in the browser that the CMS writes the same file.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { contentFiles } from '../../scripts/lib/admin-files.ts';
import { decapRead, decapSave } from '../../scripts/lib/decap-format.ts';

const files = contentFiles('content');
const frontMatter = (text: string) => text.slice(0, text.indexOf('\n---', 3) + 4);

describe('the editor over content/', () => {
  it('edits every chapter, edition page and press release', () => {
    expect(files.length).toBeGreaterThanOrEqual(22);
  });

  it.each(files.map(({ file, fieldOrder }) => [file, fieldOrder] as const))(
    '%s: saved unchanged, the same bytes; saved with a new title, only the title differs',
    (file, fieldOrder) => {
      const text = readFileSync(file, 'utf8');
      expect(decapSave(text, fieldOrder)).toBe(text);
      const title = `${String(decapRead(text).data.title)}（改訂）`;
      const saved = decapSave(text, fieldOrder, { title });
      expect(saved.slice(frontMatter(saved).length)).toBe(text.slice(frontMatter(text).length));
      const before = frontMatter(text).split('\n');
      const after = frontMatter(saved).split('\n');
      const removed = before.filter((line) => !after.includes(line));
      const added = after.filter((line) => !before.includes(line));
      expect(removed.every((line) => line.startsWith('title:') || line.startsWith('  '))).toBe(true);
      expect(added.join('\n')).toContain(title.slice(-6));
      expect(added.every((line) => line.startsWith('title:') || line.startsWith('  '))).toBe(true);
      expect(decapRead(saved).data).toEqual({ ...decapRead(text).data, title });
    },
  );
});
