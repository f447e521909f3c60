/**
 * The publishing rules over builds of the fixture corpus (tests/fixtures/corpus), made with
 * `scripts/build.ts` as `npm run build` makes them: drafts, determinism, build safety, sitemap.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { pagePaths, redirectSources } from '../../scripts/lib/published-urls.ts';
import { edit, FIXTURE_CORPUS } from '../helpers/temp-corpus.ts';
import { buildSite } from '../helpers/build.ts';

const root = resolve('.tmp/test-dist/publishing');
const out = {
  production: join(root, 'production'),
  again: join(root, 'production-again'),
  preview: join(root, 'preview'),
  broken: join(root, 'broken'),
};

/** The fixture corpus plus an old URL for its first chapter (tests/build/indexes.test.ts adds its own). */
const corpus = join(root, 'content');

function build(outDir: string, env: Record<string, string> = {}, contentDir = corpus) {
  return buildSite({ outDir, env, contentDir });
}

/** Every file of a build, path → bytes. */
function files(dir: string): Map<string, Buffer> {
  const found = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else found.set(relative(dir, full), readFileSync(full));
    }
  };
  walk(dir);
  return found;
}

const DRAFT_PAGES = ['/2092/', '/2092/first/', '/2091/unfinished/'];
/** What each build printed. */
const logs = new Map<string, string>();

beforeAll(() => {
  rmSync(root, { recursive: true, force: true });
  cpSync(FIXTURE_CORPUS, corpus, { recursive: true });
  edit(corpus, 'editions/2091/opening.md', 'order: 1\n', 'order: 1\nredirect_from: [/2091/old-opening/]\n');
  // Full-width letters and digits, which the search index must hold in half-width form.
  edit(corpus, 'editions/2091/opening.md', '公開済みの章の本文。', '公開済みの章の本文。ＨＥＬＩＸは２０９１年に。');
  for (const [dir, env] of [
    [out.production, {}],
    // The second without the card step and with an empty card cache: the build draws every card
    // itself, as when the step fails.
    [out.again, { CARD_STEP: 'skip', CARD_CACHE_DIR: join(root, 'cards-again') }],
    [out.preview, { PREVIEW_DRAFTS: '1' }],
  ] as const) {
    const result = build(dir, env);
    if (result.status !== 0) throw new Error(`fixture build failed:\n${result.stderr}`);
    logs.set(dir, result.stdout + result.stderr);
  }
});

describe('drafts', () => {
  it('never reach a production build: no page, feed, sitemap entry, index or search text', () => {
    const pages = pagePaths(out.production);
    expect(pages).toContain('/2091/');
    expect(pages).toContain('/2091/opening/');
    for (const draft of DRAFT_PAGES) expect(pages).not.toContain(draft);
    // Every draft title, summary and body carries the marker: no file of the build may hold it.
    const leaks = [...files(out.production)].filter(([, bytes]) => bytes.includes('DRAFTONLY')).map(([file]) => file);
    expect(leaks).toEqual([]);
    const anyText = [...files(out.production).values()].map((b) => b.toString('utf8')).join('\n');
    for (const slug of ['/2092/', 'unfinished', '2092-06-10-preview']) expect(anyText).not.toContain(slug);
  });

  it('build in a preview build (PREVIEW_DRAFTS=1), which asks robots to stay away', () => {
    const pages = pagePaths(out.preview);
    for (const draft of DRAFT_PAGES) expect(pages).toContain(draft);
    expect(readFileSync(join(out.preview, '2092/index.html'), 'utf8')).toContain('DRAFTONLY テスト白書2092');
    expect(readFileSync(join(out.preview, 'robots.txt'), 'utf8')).toBe('User-agent: *\nDisallow: /\n');
  });
});

describe('sitemap and robots.txt', () => {
  it('list every page but the error page as absolute URLs under SITE_URL and SITE_BASE', () => {
    const index = readFileSync(join(out.production, 'sitemap-index.xml'), 'utf8');
    const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(sitemaps).toEqual(['https://example.test/lcwp/sitemap-0.xml']);
    const listed = [
      ...readFileSync(join(out.production, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g),
    ].map((m) => m[1]);
    // Redirect pages at old URLs are noindex, so they stay out.
    const redirected = redirectSources(readFileSync(join(out.production, '_redirects'), 'utf8'));
    expect(redirected).toContain('/lcwp/2091/old-opening/');
    const expected = pagePaths(out.production)
      .filter((p) => p !== '/404.html' && !redirected.has(`/lcwp${p}`))
      .map((p) => `https://example.test/lcwp${p}`);
    expect(expected).toContain('https://example.test/lcwp/2091/opening/');
    expect(listed.sort()).toEqual(expected.sort());
    expect(readFileSync(join(out.production, 'robots.txt'), 'utf8')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://example.test/lcwp/sitemap-index.xml\n',
    );
  });
});

describe('npm run build', () => {
  it('gives Pagefind full-width letters and digits in half-width form, and leaves the page as written', () => {
    const page = readFileSync(join(out.production, '2091/opening/index.html'), 'utf8');
    expect(page).toContain('ＨＥＬＩＸは２０９１年に。');
    const fragments = readdirSync(join(out.production, 'pagefind/fragment')).map((name) =>
      JSON.parse(
        gunzipSync(readFileSync(join(out.production, 'pagefind/fragment', name)))
          .toString('utf8')
          .replace(/^pagefind_dcd/, ''),
      ),
    ) as { url: string; content: string }[];
    const opening = fragments.find((f) => f.url === '/2091/opening/')!;
    // Pagefind's content is segmented into words (zero-width spaces between them).
    expect(opening.content).toContain('HELIX');
    expect(opening.content).toContain('2091');
    expect(opening.content).not.toMatch(/[Ａ-Ｚａ-ｚ０-９]/u);
    // Only pages with a searchable part are indexed, each once.
    const searchable = [...files(out.production).entries()].filter(
      ([file, bytes]) => file.endsWith('.html') && bytes.includes('data-pagefind-body'),
    );
    expect(fragments.map((f) => f.url).sort()).toEqual(
      searchable.map(([file]) => `/${file.split(sep).join('/')}`.replace(/index\.html$/, '')).sort(),
    );
  });

  it('is deterministic: two builds of the same content are byte-identical, cards drawn by the step or by the build', () => {
    expect(logs.get(out.production)).not.toContain('[cards]');
    expect(logs.get(out.again)).toContain('[cards] OG カードを並行して描く手順が失敗したので、ここで描きます。');
    const first = files(out.production);
    const second = files(out.again);
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    const differing = [...first].filter(([file, bytes]) => !bytes.equals(second.get(file)!)).map(([file]) => file);
    expect(differing).toEqual([]);
  });

  it('fails with the file, field and fix, and leaves the previous site untouched', () => {
    const broken = join(root, 'broken-content');
    cpSync(corpus, broken, { recursive: true });
    edit(broken, 'editions/2091/opening.md', 'regions: [fixture-region]', 'regions: [fixture-regoin]');
    mkdirSync(out.broken, { recursive: true });
    writeFileSync(join(out.broken, 'index.html'), 'previous site');

    const result = build(out.broken, {}, broken);
    expect(result.status).not.toBe(0);
    const said = result.stdout + result.stderr;
    expect(said).toMatch(
      /opening\.md › regions: 「fixture-regoin」は regions\.yaml にありません。「fixture-region」の書き間違いなら直してください/,
    );
    expect(said).toContain('は前のままです');
    expect(readdirSync(out.broken)).toEqual(['index.html']);
    expect(readFileSync(join(out.broken, 'index.html'), 'utf8')).toBe('previous site');
    expect(existsSync(`${out.broken}.partial`)).toBe(false);
  });

  it('fails when a redirect_from would hide a live page, naming the file and the field', () => {
    const shadowing = join(root, 'shadowing-content');
    cpSync(corpus, shadowing, { recursive: true });
    edit(shadowing, 'editions/2091/opening.md', 'redirect_from: [/2091/old-opening/]', 'redirect_from: [/2091/]');
    const result = build(join(root, 'shadowing'), {}, shadowing);
    expect(result.status).not.toBe(0);
    expect(result.stdout + result.stderr).toMatch(
      /opening\.md › redirect_from: 古い URL「\/2091\/」には今も公開中のページがあります/,
    );
    expect(existsSync(join(root, 'shadowing'))).toBe(false);
  });

  it('skips a second build with nothing changed, and builds anew for REBUILD=1 or a changed input', () => {
    const content = join(root, 'reused-content');
    cpSync(corpus, content, { recursive: true });
    const dir = join(root, 'reused');
    expect(build(dir, {}, content).status).toBe(0);
    const first = files(dir);
    const written = statSync(join(dir, 'index.html')).mtimeMs;

    const again = build(dir, {}, content);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('ビルドを省きました');
    expect(files(dir)).toEqual(first);
    expect(statSync(join(dir, 'index.html')).mtimeMs).toBe(written);

    const forced = build(dir, { REBUILD: '1' }, content);
    expect(forced.stdout).not.toContain('ビルドを省きました');
    expect(forced.stdout).toContain(`${relative(process.cwd(), dir)}/ に書き出しました`);
    expect(files(dir)).toEqual(first);

    edit(content, 'editions/2091/opening.md', /title: .*/, 'title: 書き直した章の題');
    const changed = build(dir, {}, content);
    expect(changed.stdout).not.toContain('ビルドを省きました');
    expect(readFileSync(join(dir, '2091/opening/index.html'), 'utf8')).toContain('書き直した章の題');
  });

  it('replaces the previous site whole when it succeeds', () => {
    const dir = join(root, 'replaced');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'stale.html'), 'from an older build');
    expect(build(dir).status).toBe(0);
    expect(existsSync(join(dir, 'stale.html'))).toBe(false);
    expect(existsSync(join(dir, '2091/opening/index.html'))).toBe(true);
    expect(readdirSync(root).filter((name) => /\.(partial|previous)$/.test(name))).toEqual([]);
  });
});
