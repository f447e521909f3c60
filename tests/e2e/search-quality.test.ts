/**
 * The search page answers what readers type, measured in Chromium through /search/ on the built
 * site, with queries generated from the content: every name the registries and chapters give, 300
 * seeded random phrases of the visible text, and width and script variants.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { press, registries } from '../build/content.ts';
import { BUILDS } from '../setup/builds.ts';
import { listResults, type Listed } from '../search/browser-search.ts';
import { figures, judge, randomPhrases } from '../search/quality.ts';
import { visiblePages } from '../search/visible-text.ts';

const pages = visiblePages(BUILDS.root.outDir);

let browser: Browser;
let server: StaticServer;
let page: Page;

beforeAll(async () => {
  [server, browser] = await Promise.all([serveStatic(BUILDS.root.outDir), launchBrowser()]);
  page = await browser.newPage();
  await page.goto(`${server.origin}/search/`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Named {
  query: string;
  /** The entry's own page, which must come first; none for organisations. */
  own?: string;
}

type Entry = { id: string; name?: string; title?: string; affiliation?: string; partners?: string[] };
const entries = (name: keyof typeof registries) => registries[name].entries as unknown as Entry[];

/** Every 問い and 兆し title, region and person name, and organisation the content names. */
const named: Named[] = [
  ...entries('questions').map((e) => ({ query: e.title!, own: `/questions/${e.id}/` })),
  ...entries('signs').map((e) => ({ query: e.title!, own: `/signs/${e.id}/` })),
  ...entries('regions').map((e) => ({ query: e.name!, own: `/regions/${e.id}/` })),
  ...entries('people').map((e) => ({ query: e.name!, own: `/people/${e.id}/` })),
  ...[
    ...entries('people').flatMap((e) => (e.affiliation ? [e.affiliation] : [])),
    ...entries('regions').flatMap((e) => e.partners ?? []),
    ...press.flatMap((p) => (p as unknown as { partners?: string[] }).partners ?? []),
  ].map((query) => ({ query })),
];

const PHRASES = randomPhrases(pages, 300, 13);

describe('search quality in the browser', () => {
  it('lists every page that contains a name, the entry’s own page first', async () => {
    const runs = await listResults(
      page,
      named.map((n) => n.query),
    );
    const failures = runs.flatMap((run, i) => {
      const { containing } = judge(pages, run);
      const missing = [...containing].filter((p) => !run.paths.includes(p));
      const own = named[i].own;
      return [
        ...(missing.length ? [`「${run.query}」: ${missing.join(' ')} が出ない`] : []),
        ...(own && run.paths[0] !== own ? [`「${run.query}」: 1位が ${run.paths[0] ?? 'なし'}（${own} のはず）`] : []),
      ];
    });
    console.info(`names: ${named.length} queries, ${JSON.stringify(figures(pages, runs))}`);
    expect(failures).toEqual([]);
  });

  it('ranks pages that contain a random phrase first', async () => {
    expect(PHRASES).toHaveLength(300);
    const runs: Listed[] = await listResults(page, PHRASES);
    const result = figures(pages, runs);
    console.info(`phrases: ${JSON.stringify(result)}`);
    expect(result.firstContains).toBeGreaterThanOrEqual(0.95);
    expect(result.top5Recall).toBeGreaterThanOrEqual(0.95);
    expect(result.rPrecision).toBeGreaterThanOrEqual(0.95);
    expect(result.allListed).toBeGreaterThanOrEqual(0.99);
  });

  it('finds the same pages for width and script variants', async () => {
    const pairs = [
      ['ＨＥＬＩＸ', 'HELIX'],
      ['２０２１', '2021'],
      ['ﾐｷﾞｳﾃﾞ', 'ミギウデ'],
      ['ｷｬﾘｱ', 'キャリア'],
      ['Ｇ－ｎｅｔ', 'G-net'],
      ['g-net', 'G-net'],
      ['ＤＯＤＡ', 'doda'],
      ['ＣＯＶＩＤ－１９', 'COVID-19'],
    ];
    const runs = await listResults(page, pairs.flat());
    for (let i = 0; i < runs.length; i += 2) {
      expect(runs[i].paths.length, runs[i + 1].query).toBeGreaterThan(0);
      expect(runs[i].paths, runs[i].query).toEqual(runs[i + 1].paths);
    }
  });
});
