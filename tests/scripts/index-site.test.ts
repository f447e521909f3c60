/**
 * scripts/index-site.ts runs Pagefind over the built site itself: a page with full-width letters is
 * read by Pagefind in a folded copy, and the page as written is back in place afterwards, also when
 * Pagefind fails. Pages read ahead (while Astro writes others) count only while unchanged.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { indexSite, preparePage, type PreparedPage } from '../../scripts/index-site.ts';

// Inside the project, like the builds it indexes.
mkdirSync('.tmp', { recursive: true });
const root = mkdtempSync(join('.tmp', 'index-site-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const page = (title: string, body: string) =>
  `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>${title}</title></head><body>` +
  `<header>サイトの見出し</header><article data-pagefind-body><h1>${title}</h1><p>${body}</p>` +
  `<span hidden data-pagefind-meta="title">${title}</span></article></body></html>\n`;

const PAGES: Record<string, string> = {
  'index.html': '<!doctype html><html lang="ja"><body><p>表紙（索引に入れない）</p></body></html>\n',
  '2091/opening/index.html': page('開く章', 'ＨＥＬＩＸは２０９１年に港の町で始まった。'),
  '2091/second/index.html': page('次の章', '半角の HELIX だけの本文。'),
};

/** A site folder with the pages above; `extra` adds files. */
function site(name: string, extra: Record<string, string> = {}): string {
  const dir = join(root, name);
  for (const [path, html] of Object.entries({ ...PAGES, ...extra })) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), html);
  }
  return dir;
}

/** Every file of `dir` but Pagefind's and the phrase index's output, with its text. */
function pagesOf(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .filter((path) => !/^(pagefind|search-index)\//.test(path));
  return Object.fromEntries(files.sort().map((path) => [path, readFileSync(join(dir, path), 'utf8')]));
}

describe('indexSite', () => {
  it('indexes full-width letters and digits in half-width form and leaves every page as written', async () => {
    const dir = site('folded');
    const lines: string[] = [];
    await indexSite(dir, (line) => lines.push(line));
    expect(pagesOf(dir)).toEqual(PAGES);
    const fragments = readdirSync(join(dir, 'pagefind', 'fragment')).map(
      (name) =>
        JSON.parse(
          gunzipSync(readFileSync(join(dir, 'pagefind', 'fragment', name)))
            .toString('utf8')
            .replace(/^pagefind_dcd/, ''),
        ) as { url: string; content: string },
    );
    expect(fragments.map((f) => f.url).sort()).toEqual(['/2091/opening/', '/2091/second/']);
    const opening = fragments.find((f) => f.url === '/2091/opening/')!;
    expect(opening.content).toContain('HELIX');
    expect(opening.content).toContain('2091');
    expect(opening.content).not.toMatch(/[Ａ-Ｚａ-ｚ０-９]/u);
    expect(lines.at(-1)).toBe('Pagefind: 2 ページを索引にしました。');
  }, 60_000);

  it('puts the pages back when Pagefind fails, and says that it failed', async () => {
    // A file where Pagefind would make its folder: it cannot write its index.
    const dir = site('failing', { pagefind: 'not a folder\n' });
    await expect(indexSite(dir, () => {})).rejects.toThrow(/検索インデックスの作成に失敗しました/);
    expect(pagesOf(dir)).toEqual({ ...PAGES, pagefind: 'not a folder\n' });
  }, 60_000);

  it('uses a page read ahead only while its file is unchanged', async () => {
    const dir = site('prepared');
    const prepared = new Map<string, PreparedPage>();
    for (const path of Object.keys(PAGES)) prepared.set(join(dir, path), preparePage(join(dir, path))!);
    // Rewritten after it was read ahead, as a page still being written would be.
    writeFileSync(join(dir, '2091/second/index.html'), page('次の章', '書き直した本文。'));
    await indexSite(dir, () => {}, prepared);
    const { version, pages } = JSON.parse(readFileSync(join(dir, 'search-index', 'pages.json'), 'utf8')) as {
      version: string;
      pages: [string, string][];
    };
    const text = (url: string) =>
      (
        JSON.parse(
          readFileSync(
            join(dir, 'search-index', version, 'text', `${pages.findIndex(([u]) => u === url)}.json`),
            'utf8',
          ),
        ) as { text: string }
      ).text;
    expect(text('/2091/second/')).toContain('書き直した本文。');
    expect(text('/2091/opening/')).toContain('ＨＥＬＩＸは２０９１年に港の町で始まった。');
  }, 60_000);
});
