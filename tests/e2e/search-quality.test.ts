/**
 * The search page answers what readers type, measured in Chromium through /search/ on the built
 * site, with queries generated from the content: every name the registries and chapters give, 300
 * seeded random phrases of the visible text, and width and script variants.
 */
import { describe, expect, it } from 'vitest';
import { press, registries } from '../helpers/content.ts';
import { BUILDS } from '../helpers/builds.ts';
import { searchPageInBrowser } from '../helpers/browser-pages.ts';
import { listResults, type Listed } from '../helpers/search/browser-search.ts';
import { CASES } from '../helpers/search/cases.ts';
import { failuresOf } from '../helpers/search/evaluate.ts';
import { figures, judge, randomPhrases } from '../helpers/search/quality.ts';
import { visiblePages } from '../helpers/search/visible-text.ts';

const pages = visiblePages(BUILDS.root.outDir);

const site = searchPageInBrowser();

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
/** The phrase runs, kept for the segmenter comparison. */
let phraseRuns: Listed[] | undefined;

describe('search quality in the browser', () => {
  it('lists every page that contains a name, the entry’s own page first', async () => {
    const runs = await listResults(
      site.page,
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

  it('answers the hand-written and registry cases (tests/helpers/search/cases.ts)', async () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
    const runs = await listResults(
      site.page,
      CASES.map((c) => c.query),
    );
    const failures = runs.flatMap((run, i) => {
      const { containing } = judge(pages, run);
      return failuresOf(run.paths, CASES[i], (path) => containing.has(path));
    });
    expect(failures).toEqual([]);
  });

  it('ranks pages that contain a random phrase first', async () => {
    expect(PHRASES).toHaveLength(300);
    const runs = (phraseRuns = await listResults(site.page, PHRASES));
    const result = figures(pages, runs);
    console.info(`phrases: ${JSON.stringify(result)}`);
    expect(result.firstContains).toBeGreaterThanOrEqual(0.95);
    expect(result.top5Recall).toBeGreaterThanOrEqual(0.95);
    expect(result.rPrecision).toBeGreaterThanOrEqual(0.95);
    expect(result.allListed).toBeGreaterThanOrEqual(0.99);
  });

  it('lists the same matches when the browser segments Japanese otherwise', async () => {
    // Every character its own word: nothing the search page matches with may depend on Intl.Segmenter.
    const context = await site.browser.newContext();
    await context.addInitScript(() => {
      class OneCharacter {
        segment(text: string) {
          return Array.from(text, (segment, index) => ({ segment, index, input: text, isWordLike: true }));
        }
      }
      Object.defineProperty(Intl, 'Segmenter', { value: OneCharacter });
    });
    const other = await context.newPage();
    try {
      await other.goto(`${site.server.origin}/search/`);
      const sample = PHRASES.slice(0, 100);
      const usual = phraseRuns?.slice(0, sample.length) ?? (await listResults(site.page, sample));
      const otherwise = await listResults(other, sample);
      expect(otherwise.map((r) => r.paths.slice(0, r.matches))).toEqual(usual.map((r) => r.paths.slice(0, r.matches)));
      const result = figures(pages, otherwise);
      expect(result.firstContains).toBeGreaterThanOrEqual(0.95);
      expect(result.rPrecision).toBeGreaterThanOrEqual(0.95);
    } finally {
      await context.close();
    }
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
    const runs = await listResults(site.page, pairs.flat());
    for (let i = 0; i < runs.length; i += 2) {
      expect(runs[i].matches, runs[i].query).toBeGreaterThan(0);
      expect(runs[i].paths.length, runs[i + 1].query).toBeGreaterThan(0);
      expect(runs[i].paths, runs[i].query).toEqual(runs[i + 1].paths);
    }
  });
});

describe('a compound typed on /search/', () => {
  it('shows a marked excerpt and a section link that lands on the section’s heading', async () => {
    const reader = await site.browser.newPage();
    const compound = '地方短期副業';
    try {
      await reader.goto(`${site.server.origin}/search/`);
      // Typed key by key: the search runs when the typing pauses, with no Enter.
      await reader.getByLabel('検索する言葉').pressSequentially(compound, { delay: 20 });
      const status = reader.locator('[data-search-status]');
      await expect.poll(() => status.textContent(), { timeout: 20_000 }).toMatch(/「地方短期副業」を含むページ: \d+件/);
      const withSections = reader
        .locator('.search-result', { has: reader.locator('.search-result__sections a') })
        .first();
      expect(await withSections.locator('.search-result__excerpt mark').first().textContent()).toBe(compound);
      const sectionLink = withSections.locator('.search-result__sections a').first();
      const headingText = await sectionLink.textContent();
      await sectionLink.click();
      await reader.waitForURL(/#/);
      const landed = await reader.evaluate(() => {
        const target = document.getElementById(decodeURIComponent(location.hash.slice(1)))!;
        // The section: the heading and what follows it up to the next heading.
        let text = '';
        for (
          let node: Element | null = target.nextElementSibling;
          node && !/^H[1-6]$/.test(node.tagName);
          node = node.nextElementSibling
        )
          text += node.textContent;
        const top = target.getBoundingClientRect().top;
        return {
          tag: target.tagName,
          heading: target.textContent,
          section: target.textContent + text,
          top,
          height: innerHeight,
        };
      });
      expect(landed.tag).toMatch(/^H[2-6]$/);
      expect(landed.heading?.trim()).toBe(headingText);
      expect(landed.section.normalize('NFKC')).toContain(compound);
      expect(landed.top).toBeGreaterThanOrEqual(0);
      expect(landed.top).toBeLessThan(landed.height / 2);
    } finally {
      await reader.close();
    }
  });
});
