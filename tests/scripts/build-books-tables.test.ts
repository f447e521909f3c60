/**
 * A table captioned in plain Markdown in a .md chapter reaches the books: `npm run books` over the
 * fixture corpus with such a chapter (BOOKS=on, its own cache) prints its number, caption and source
 * in the PDF and the EPUB, as <Figure> does.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { addPlainTableChapter } from '../helpers/figures-chapter.ts';
import { tempCorpus } from '../helpers/temp-corpus.ts';

let files: string[];

beforeAll(() => {
  const contentDir = tempCorpus();
  addPlainTableChapter(contentDir);
  const cache = mkdtempSync(join(tmpdir(), 'lcwp-books-'));
  const run = spawnSync(process.execPath, ['scripts/build-books.ts'], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: contentDir, BOOKS: 'on', BOOKS_CACHE_DIR: cache },
  });
  if (run.status !== 0) throw new Error(run.stdout + run.stderr);
  const dir = readdirSync(cache).find((name) => name.startsWith('2091-'))!;
  files = readdirSync(join(cache, dir)).map((name) => join(cache, dir, name));
}, 300_000);

describe('a Markdown-captioned table in the books', () => {
  it('EPUB: the figure with its number, caption and source', () => {
    const epub = unzipSync(readFileSync(files.find((f) => f.endsWith('.epub'))!));
    const xhtml = Object.entries(epub)
      .filter(([name]) => name.endsWith('.xhtml'))
      .map(([, data]) => strFromU8(data))
      .join('\n');
    expect(xhtml).toMatch(
      /<figure class="figure" id="[^"]+"><figcaption><a class="figure__number"[^>]*>表4-1<\/a>人数の推移<\/figcaption>/,
    );
    expect(xhtml).toMatch(/<p class="figure__source">出典: <a[^>]*>テスト用の資料<\/a><\/p><\/figure>/);
    expect(xhtml).not.toContain(': 人数の推移');
  });

  it('PDF: the number and caption above, the source below', () => {
    const text = execFileSync('pdftotext', [files.find((f) => f.endsWith('.pdf'))!, '-'], { encoding: 'utf8' });
    expect(text).toMatch(/表 ?4-1 人数の推移/);
    expect(text).toContain('出典: テスト用の資料（https://example.test/members）');
    expect(text.indexOf('人数の推移')).toBeLessThan(text.indexOf('出典: テスト用の資料'));
  });
});
