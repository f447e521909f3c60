/**
 * scripts/index-site.ts runs Pagefind over copies of the built site's searchable pages, in a folder
 * beside it: a page with full-width letters is read by Pagefind folded, a page without a searchable
 * part is not read at all, the site's pages stay as written, and the folder of copies is gone
 * afterwards, also when Pagefind fails. Pages read ahead (while Astro writes others) count only
 * while unchanged, and so does a Pagefind run started before the index step.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { fragmentUrl, indexSite, preparePage, startPagefind, type PreparedPage } from '../../scripts/index-site.ts';

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

/** Every file of `dir`, by path, as bytes. */
function filesOf(dir: string): Record<string, Buffer> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name))
      .sort()
      .map((file) => [file.slice(dir.length + 1), readFileSync(file)]),
  );
}

/** Every file of `dir` but Pagefind's and the phrase index's output, with its text. */
function pagesOf(dir: string): Record<string, string> {
  return Object.fromEntries(
    Object.entries(filesOf(dir))
      .filter(([path]) => !/^(pagefind|search-index)\//.test(path))
      .map(([path, bytes]) => [path, bytes.toString('utf8')]),
  );
}

/** Pagefind's fragments of `dir`'s index: each page's URL and indexed text. */
function fragmentsOf(dir: string): { url: string; content: string }[] {
  return readdirSync(join(dir, 'pagefind', 'fragment')).map(
    (name) =>
      JSON.parse(
        gunzipSync(readFileSync(join(dir, 'pagefind', 'fragment', name)))
          .toString('utf8')
          .replace(/^pagefind_dcd/, ''),
      ) as { url: string; content: string },
  );
}

/** Pagefind's own program over all of `dir`, as the index step would run it without setting pages aside. */
function pagefindAlone(dir: string): void {
  execFileSync(process.execPath, [join('node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs'), '--site', dir], {
    stdio: 'ignore',
  });
}

/** Pages with no searchable part, long enough that Pagefind's reading of them would show in its index if it used them. */
const UNSEARCHED: Record<string, string> = {
  '2091/index.html':
    '<!doctype html><html lang="ja"><head><title>2091年版の目次</title></head><body><h1>目次</h1>' +
    '<ol><li><a href="/2091/opening/">開く章</a>: 港の町の船大工と漁協の話</li>' +
    '<li><a href="/2091/second/">次の章</a>: 山の学校の話</li></ol></body></html>\n',
  '404.html': '<!doctype html><html lang="ja"><body><p>ページが見つかりません（灯台）</p></body></html>\n',
};

/**
 * A site whose Pagefind was started before the index step, as the build does once Astro has written
 * its last page; `finish` runs the index step with that run.
 */
async function started(name: string) {
  const dir = site(name, UNSEARCHED);
  const input = join(root, `${name}-input`);
  const lines: string[] = [];
  const log = (line: string) => lines.push(line);
  const prepared = new Map<string, PreparedPage>();
  const run = await startPagefind(dir, prepared, input, log);
  return { dir, input, lines, prepared, run, finish: () => indexSite(dir, log, prepared, input, run) };
}

describe('indexSite', () => {
  it('indexes full-width letters and digits in half-width form and leaves every page as written', async () => {
    const dir = site('folded');
    const lines: string[] = [];
    await indexSite(dir, (line) => lines.push(line));
    expect(pagesOf(dir)).toEqual(PAGES);
    expect(existsSync(`${dir}.search-input`)).toBe(false);
    const fragments = fragmentsOf(dir);
    expect(fragments.map((f) => f.url).sort()).toEqual(['/2091/opening/', '/2091/second/']);
    const opening = fragments.find((f) => f.url === '/2091/opening/')!;
    expect(opening.content).toContain('HELIX');
    expect(opening.content).toContain('2091');
    expect(opening.content).not.toMatch(/[Ａ-Ｚａ-ｚ０-９]/u);
    expect(lines.at(-1)).toBe(
      'Pagefind: 2 ページを索引にしました（data-pagefind-body のない 1 ページは検索の対象外です）。',
    );
  }, 60_000);

  it('writes the index Pagefind writes when it reads every page, though it reads only the searchable ones', async () => {
    // No full-width letters here: those pages Pagefind reads folded on purpose.
    const halfWidth = { ...UNSEARCHED, 'index.html': PAGES['index.html'], 'page/index.html': page('章', '灯台の話。') };
    const dir = site('unsearched-set-aside', halfWidth);
    rmSync(join(dir, '2091', 'opening'), { recursive: true });
    const alone = join(root, 'unsearched-read');
    cpSync(dir, alone, { recursive: true });
    const lines: string[] = [];
    await indexSite(dir, (line) => lines.push(line));
    expect(lines.at(-1)).toBe(
      'Pagefind: 2 ページを索引にしました（data-pagefind-body のない 3 ページは検索の対象外です）。',
    );
    pagefindAlone(alone);
    expect(filesOf(join(dir, 'pagefind'))).toEqual(filesOf(join(alone, 'pagefind')));
    expect(Object.keys(pagesOf(dir))).toEqual(Object.keys(pagesOf(alone)));
    for (const [path, html] of Object.entries(halfWidth)) expect(readFileSync(join(dir, path), 'utf8')).toBe(html);
  }, 60_000);

  it('lets Pagefind read every page of a site that marks no searchable part', async () => {
    const dir = site('unmarked');
    rmSync(join(dir, '2091'), { recursive: true });
    for (const [path, html] of Object.entries(UNSEARCHED)) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), html);
    }
    const lines: string[] = [];
    await indexSite(dir, (line) => lines.push(line));
    expect(lines.at(-1)).toBe('Pagefind: 3 ページを索引にしました。');
    expect(readdirSync(join(dir, 'pagefind', 'fragment'))).toHaveLength(3);
  }, 60_000);

  it('puts the pages back when Pagefind fails, and says that it failed', async () => {
    // A file where Pagefind would make its folder: it cannot write its index.
    const dir = site('failing', { pagefind: 'not a folder\n', ...UNSEARCHED });
    await expect(indexSite(dir, () => {})).rejects.toThrow(/検索インデックスの作成に失敗しました/);
    expect(pagesOf(dir)).toEqual({ ...PAGES, ...UNSEARCHED, pagefind: 'not a folder\n' });
    expect(existsSync(`${dir}.search-input`)).toBe(false);
  }, 60_000);

  it('numbers the pages in the order of their paths, whatever order the folder lists them in', async () => {
    // Seeded names, written in a shuffled order: a filesystem lists a folder in creation or hash order.
    let seed = 11;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const names = Array.from({ length: 24 }, (_, i) => `p${Math.floor(random() * 1e6).toString(36)}-${i}`);
    const dir = site(
      'ordered',
      Object.fromEntries(names.map((name) => [`${name}/index.html`, page(name, '灯台の話。')])),
    );
    await indexSite(dir, () => {});
    const { version, pages } = JSON.parse(readFileSync(join(dir, 'search-index', 'pages.json'), 'utf8')) as {
      version: string;
      pages: [string][];
    };
    const urls = pages.map(([url]) => url);
    expect(urls).toHaveLength(26);
    expect(urls).toEqual([...urls].sort((a, b) => (`${a}index.html` < `${b}index.html` ? -1 : 1)));
    const ids = Object.keys(
      JSON.parse(readFileSync(join(dir, 'search-index', version, 'pagefind.json'), 'utf8')) as object,
    );
    expect(ids).toEqual([...ids].sort());
  }, 60_000);

  it('uses a page read ahead only while its file is unchanged, and never one removed since', async () => {
    const dir = site('prepared', { 'gone/index.html': page('消えた章', '灯台守の話。') });
    const input = join(root, 'prepared-input');
    const prepared = new Map<string, PreparedPage>();
    for (const path of [...Object.keys(PAGES), 'gone/index.html']) {
      prepared.set(join(dir, path), preparePage(join(dir, path), dir, input)!);
    }
    expect(readdirSync(input, { recursive: true }).filter((f) => String(f).endsWith('.html'))).toHaveLength(3);
    rmSync(join(dir, 'gone'), { recursive: true });
    // Rewritten after it was read ahead, as a page still being written would be.
    writeFileSync(join(dir, '2091/second/index.html'), page('次の章', '書き直した本文。'));
    await indexSite(dir, () => {}, prepared, input);
    expect(existsSync(input)).toBe(false);
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
    expect(pages.map(([url]) => url).sort()).toEqual(['/2091/opening/', '/2091/second/']);
    expect(readdirSync(join(dir, 'pagefind', 'fragment'))).toHaveLength(2);
    expect(text('/2091/second/')).toContain('書き直した本文。');
    expect(text('/2091/opening/')).toContain('ＨＥＬＩＸは２０９１年に港の町で始まった。');
  }, 60_000);

  it('keeps a Pagefind run started before the index step while every page is as it read them', async () => {
    const { dir, input, lines, prepared, run, finish } = await started('started');
    expect(run).toBeDefined();
    expect(prepared.size).toBe(5);
    // Written after Pagefind started, as Astro writes its editor page in its last hook: not searchable.
    mkdirSync(join(dir, 'admin'));
    writeFileSync(join(dir, 'admin', 'index.html'), '<!doctype html><html lang="ja"><body>編集</body></html>\n');
    await finish();
    expect(lines).toEqual([
      'Pagefind: 2 ページに索引を作ります…',
      'Pagefind: 2 ページを索引にしました（data-pagefind-body のない 4 ページは検索の対象外です）。',
    ]);
    expect(
      fragmentsOf(dir)
        .map((f) => f.url)
        .sort(),
    ).toEqual(['/2091/opening/', '/2091/second/']);
    expect(existsSync(input)).toBe(false);
  }, 60_000);

  it('runs Pagefind again when a page changed after a run started before the index step read it', async () => {
    const { dir, lines, finish } = await started('started-changed');
    writeFileSync(join(dir, '2091/second/index.html'), page('次の章', '書き直した本文。'));
    mkdirSync(join(dir, 'late'));
    writeFileSync(join(dir, 'late', 'index.html'), page('遅い章', '最後に書かれた灯台の話。'));
    await finish();
    expect(lines.filter((line) => line.endsWith('索引を作ります…'))).toEqual([
      'Pagefind: 2 ページに索引を作ります…',
      'Pagefind: 3 ページに索引を作ります…',
    ]);
    const fragments = fragmentsOf(dir);
    expect(fragments.map((f) => f.url).sort()).toEqual(['/2091/opening/', '/2091/second/', '/late/']);
    // Pagefind's content marks its word breaks with zero-width spaces.
    expect(fragments.find((f) => f.url === '/2091/second/')!.content.replaceAll('\u200b', '')).toContain(
      '書き直した本文',
    );
    // What Pagefind wrote from the copies it read first is gone with its run.
    expect(readdirSync(join(dir, 'pagefind', 'fragment'))).toHaveLength(3);
  }, 60_000);
});

describe('fragmentUrl', () => {
  it('reads the URL of seeded fragments as the whole fragment gives it, short or long, escaped or not', () => {
    let seed = 5;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pick = (chars: string, length: number) =>
      Array.from({ length }, () => chars[Math.floor(random() * chars.length)]).join('');
    const URL_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789-/_.%"\\港の町灯台';
    const TEXT_CHARS = 'ローカルキャリア白書の問いと兆し。 HELIX 2091 "引用" \\';
    for (let i = 0; i < 400; i++) {
      // Up to 3,000 characters: past the bytes read first, so the whole fragment is read too.
      const url = `/${pick(URL_CHARS, 1 + Math.floor(random() ** 4 * 3000))}/`;
      const fragment = gzipSync(
        `pagefind_dcd${JSON.stringify({ url, content: pick(TEXT_CHARS, Math.floor(random() * 20_000)), word_count: 3 })}`,
      );
      expect(fragmentUrl(fragment)).toBe(url);
    }
  });
});
