/**
 * `npm run covers`: draws each edition's cover as content/editions/<year>/images/cover.png with
 * sharp, from the edition's accent colour and year alone. Nothing is downloaded and no font is
 * needed: the year's digits are drawn as strokes, so the covers come out the same on any machine.
 *
 * Usage: node scripts/make-covers.ts [year ...]   (default: every edition folder)
 */
import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { coverSvg } from './lib/cover-art.ts';
import { accentFor } from '../src/lib/editions.ts';

const editionsDir = join('content', 'editions');
const years = process.argv.slice(2).length
  ? process.argv.slice(2)
  : (await readdir(editionsDir)).filter((name) => /^\d{4}$/.test(name));

for (const year of years) {
  const dir = join(editionsDir, year, 'images');
  await mkdir(dir, { recursive: true });
  const out = join(dir, 'cover.png');
  await sharp(Buffer.from(coverSvg(Number(year), accentFor(Number(year)))))
    .png({ compressionLevel: 9, palette: true })
    .toFile(out);
  console.log(`${out} を書きました。`);
}
