/**
 * Spelling variants (表記ゆれ) in Chromium through /search/: from every registry name and 300 seeded
 * phrases of the visible text, variants made by rule (katakana as hiragana, a 中黒 or space at a word
 * boundary, okurigana dropped or added between kanji, full/half width). Each must find the pages
 * that contain its canonical form, every result loaded (関連する結果をさらに探す pressed), and
 * the first result must hold the canonical form or the reader's own spelling.
 */
import { describe, expect, it } from 'vitest';
import { BUILDS } from '../helpers/builds.ts';
import { searchPageInBrowser } from '../helpers/browser-pages.ts';
import { listResults } from '../helpers/search/browser-search.ts';
import { canonicalForms } from '../helpers/search/variant-canonicals.ts';
import { VARIANT_KINDS, variantCases, variantFigures } from '../helpers/search/variants.ts';
import { visiblePages } from '../helpers/search/visible-text.ts';

const pages = visiblePages(BUILDS.root.outDir);
const CASES = variantCases(canonicalForms(pages), pages, 30);

const site = searchPageInBrowser();

describe('spelling variants on /search/', () => {
  it.each(VARIANT_KINDS)(
    'finds the pages that spell a %s variant the canonical way',
    async (kind) => {
      const cases = CASES.filter((c) => c.kind === kind);
      expect(cases.length).toBeGreaterThanOrEqual(40);
      const runs = await listResults(
        site.page,
        cases.map((c) => c.query),
        '/',
        { pagefind: true },
      );
      const result = variantFigures(pages, cases, runs);
      console.info(`variants ${kind}: ${JSON.stringify(result)}`);
      expect(result.recall).toBeGreaterThanOrEqual(0.95);
      expect(result.p1).toBeGreaterThanOrEqual(0.95);
    },
    600_000,
  );
});

describe('a variant typed on /search/', () => {
  it('labels the pages that match only after folding and marks the page’s own spelling', async () => {
    const reader = await site.browser.newPage();
    try {
      await reader.goto(`${site.server.origin}/search/?q=${encodeURIComponent('ぷろぼの')}`);
      const status = reader.locator('[data-search-status]');
      await expect
        .poll(() => status.textContent(), { timeout: 20_000 })
        .toMatch(/「ぷろぼの」をそのまま含むページは見つかりませんでした。表記の違いを含むページ: \d+件/);
      const results = reader.locator('[data-search-results] > .search-result');
      expect(await results.count()).toBeGreaterThan(0);
      expect(await results.locator('.search-result__variant').allTextContents()).toEqual(
        Array(await results.count()).fill('表記の違いを含む'),
      );
      const marks = await results.locator('mark').allTextContents();
      expect(marks.length).toBeGreaterThan(0);
      expect(marks.every((m) => m === 'プロボノ')).toBe(true);
    } finally {
      await reader.close();
    }
  });

  it('lists the pages with the reader’s own spelling before the folded ones', async () => {
    const reader = await site.browser.newPage();
    try {
      // プロボノ as written, then pages holding it only with a 中黒 or space inside, if any.
      await reader.goto(`${site.server.origin}/search/?q=${encodeURIComponent('プロボノ')}`);
      const status = reader.locator('[data-search-status]');
      await expect.poll(() => status.textContent(), { timeout: 20_000 }).toMatch(/「プロボノ」を含むページ: \d+件/);
      const labels = await reader
        .locator('[data-search-results] > .search-result')
        .evaluateAll((items) => items.map((li) => li.querySelector('.search-result__variant') !== null));
      expect(labels[0]).toBe(false);
      expect(labels.indexOf(false, labels.indexOf(true) === -1 ? labels.length : labels.indexOf(true))).toBe(-1);
    } finally {
      await reader.close();
    }
  });
});
