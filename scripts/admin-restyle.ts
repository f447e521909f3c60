/**
 * `npm run admin:restyle`: writes the front matter of every chapter, edition page and press release
 * the way the browser editor (Decap CMS) writes it (scripts/lib/decap-format.ts), so that a later
 * save in the editor changes only the lines of the fields that were edited. The values and the
 * bodies stay as they are (the built site is unchanged). Run once, and after editing by hand.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { decapSave } from './lib/decap-format.ts';
import { contentFiles } from './lib/admin-files.ts';

const contentDir = process.env.CONTENT_DIR ?? 'content';
let changed = 0;
for (const { file, fieldOrder } of contentFiles(contentDir)) {
  const text = await readFile(file, 'utf8');
  const restyled = decapSave(text, fieldOrder);
  if (restyled !== text) {
    await writeFile(file, restyled);
    changed++;
    console.log(`書き直しました: ${relative(process.cwd(), file)}`);
  }
}
console.log(`${changed} 件のファイルをエディターの書き方にそろえました。`);
