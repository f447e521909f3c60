/**
 * The Pagefind index the build still writes, read in Node with its own pagefind.js: filters,
 * metadata, sort and what it leaves out. What readers get from /search/ is measured in Chromium
 * (tests/e2e/search-quality.test.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { BUILDS } from '../helpers/builds.ts';
import { chapters, editions, press, registries } from '../helpers/content.ts';
import { loadPagefind, topPaths, type PagefindApi } from '../helpers/search/pagefind-node.ts';

let api: PagefindApi;
beforeAll(async () => {
  api = await loadPagefind(BUILDS.root.outDir);
});

/** Pages the index files under an edition: its chapters, the edition page, and releases whose newest related edition it is. */
function pagesOfEdition(year: number): number {
  const releases = press.filter((p) => p.editions.length > 0 && Math.max(...p.editions) === year);
  return chapters.filter((c) => c.year === year).length + 1 + releases.length;
}

describe('filters, metadata and sort', () => {
  it('counts every published page under its edition and type', async () => {
    const filters = await api.filters();
    for (const edition of editions) expect(filters.edition[String(edition.year)]).toBe(pagesOfEdition(edition.year));
    expect(filters.type.chapter).toBe(chapters.length);
    expect(filters.type.edition).toBe(editions.length);
    expect(filters.type.press).toBe(press.length);
    const registryEntries = Object.values(registries).reduce((n, r) => n + r.entries.length, 0);
    expect(filters.type.index).toBe(registryEntries);
  });
  it('keeps a search to one edition', async () => {
    const paths = await topPaths(api, 'キャリア', 50, { edition: '2019' });
    expect(paths.length).toBe(pagesOfEdition(2019));
    expect(paths.every((p) => p.startsWith('/2019/'))).toBe(true);
  });
  it('gives each result its title, edition, kind, summary, date and 問い/兆し', async () => {
    const { results } = await api.search('ミギウデ', { filters: { type: 'chapter' } });
    const first = await results[0].data();
    const chapter = chapters.find((c) => `/${c.year}/${c.slug}/` === first.url)!;
    expect(first.meta).toMatchObject({
      title: chapter.title,
      edition: String(chapter.year),
      type: 'chapter',
      summary: chapter.summary,
    });
    expect(first.meta.kind).toMatch(/^(要約|解説|原文)$/);
    expect(first.meta.date).toMatch(/^\d{4}(-\d{2}){0,2}$/);
    expect(first.filters.sign?.length).toBe(chapter.signs.length);
    expect(first.filters.question?.length).toBe(chapter.questions.length);
  });
  it('sorts by date, newest first', async () => {
    const { results } = await api.search(null, { sort: { date: 'desc' } });
    // Index pages have no date; dated pages (chapters, editions, releases) come newest first.
    const dates = (await Promise.all(results.map(async (r) => (await r.data()).meta.date))).filter(Boolean);
    expect(dates.length).toBe(chapters.length + editions.length + press.length);
    expect(dates).toEqual([...dates].sort().reverse());
  });
  it('indexes only the article: navigation, footer, contents, citation and related blocks stay out', async () => {
    const { results } = await api.search(null);
    const texts = await Promise.all(results.map(async (r) => (await r.data()).content));
    // Strings chapter pages show outside their article text, or in blocks of it that are not its
    // content: skip link, header search, contents, neighbours, citation, other editions.
    for (const text of texts) {
      for (const chrome of [
        '本文へ移動',
        '白書を検索',
        'この章の目次',
        '次の章 →',
        '年版の目次へ',
        'この章を引用',
        'この問い・兆しを他の版で',
      ])
        expect(text).not.toContain(chrome);
    }
  });
});

describe('the build under a sub-path', () => {
  it('has its own index with the same pages', async () => {
    const sub = await loadPagefind(BUILDS.sub.outDir);
    expect((await sub.filters()).type).toEqual((await api.filters()).type);
  });
});
