import { describe, expect, it } from 'vitest';
import {
  buildSearchIndex,
  pagefindPages,
  type PageText,
  type SearchIndexManifest,
} from '../../../src/lib/search/gram-index.ts';
import { excerptOf, markWords, piecesIn, rankCandidates } from '../../../src/lib/search/rank.ts';
import type { SearchPage } from '../../../src/lib/search/page.ts';
import { queryWords, shardOf } from '../../../src/lib/search/text.ts';

const page = (title: string, type: string, body: string, headings: string[] = []): SearchPage => {
  let text = `${title} ${body}`;
  const sections = headings.map((h, i) => {
    const start = text.length + 1;
    text += ` ${h} 節${i}の本文`;
    return { start, id: `s${i}`, title: h };
  });
  return { text, sections, meta: { title, type, summary: `${title}の要約` }, filters: { question: ['問い'] } };
};

const pages = [
  {
    url: '/2021/a/',
    page: page('働く場の広がり', 'chapter', '地方短期副業の実証実験と釜石の話。地方で短期の副業をする。'),
  },
  { url: '/regions/kamaishi/', page: page('釜石市', 'index', '岩手県の市。') },
  { url: '/2021/b/', page: page('共創の記録', 'chapter', '前書き。', ['地方短期副業のはじまり']) },
  { url: '/2021/c/', page: page('地方短期副業の解説', 'chapter', '本文。') },
  { url: '/2021/d/', page: page('地方の話', 'chapter', '短期副業ではなく、地方短。期副業。') },
  { url: '/people/ito/', page: page('伊藤 剛', 'index', '共創プロデューサー。') },
];
const files = buildSearchIndex(pages);
const manifest = JSON.parse(files.get('pages.json')!) as SearchIndexManifest;
const postings = (gram: string) =>
  (
    JSON.parse(files.get(`${manifest.version}/grams/${shardOf(gram, manifest.shards)}.json`)!) as Record<
      string,
      number[]
    >
  )[gram];
const urls = (query: string) =>
  rankCandidates(manifest, queryWords(query), postings).map((c) => manifest.pages[c.page][0]);
const text = (n: number) => JSON.parse(files.get(`${manifest.version}/text/${n}.json`)!) as PageText;

describe('rankCandidates', () => {
  it('puts the title, then headings, then the text, and leaves out pages without every pair', () => {
    const ranked = urls('地方短期副業');
    expect(ranked.slice(0, 2)).toEqual(['/2021/c/', '/2021/b/']);
    // The text tier: /2021/d/ holds the pairs apart, which only its text can tell.
    expect(ranked.slice(2).sort()).toEqual(['/2021/a/', '/2021/d/']);
  });
  it('ranks more occurrences first, then the shorter page', () => {
    expect(urls('釜石')).toEqual(['/regions/kamaishi/', '/2021/a/']);
    // Titles (d holds it twice, c once), then the heading (b), then the text (a).
    expect(urls('地方')).toEqual(['/2021/d/', '/2021/c/', '/2021/b/', '/2021/a/']);
  });
  it('puts an entry’s own page first for its name, however the name is spaced', () => {
    expect(urls('釜石')[0]).toBe('/regions/kamaishi/');
    expect(urls('伊藤剛')).toEqual(['/people/ito/']);
    expect(urls('伊藤 剛')).toEqual(['/people/ito/']);
  });
  it('needs every word of several', () => {
    expect(urls('釜石 副業')).toEqual(['/2021/a/']);
    expect(urls('釜石 雲南')).toEqual([]);
  });
});

describe('excerptOf', () => {
  it('shows the text around the first match after the title, marked, with its sections', () => {
    const b = excerptOf(text(2), ['地方短期副業'], '共創の記録');
    expect(b.found).toBe(true);
    expect(b.parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['地方短期副業']);
    expect(b.sections).toEqual([{ id: 's0', title: '地方短期副業のはじまり' }]);
  });
  it('starts at the sentence that holds the match', () => {
    const a = excerptOf(text(0), ['副業'], '働く場の広がり');
    expect(a.parts.map((p) => p.text).join('')).toMatch(/^地方短期副業の実証実験/);
  });
  it('says when the pairs occur but the word does not', () => {
    expect(excerptOf(text(4), ['地方短期副業'], '地方の話').found).toBe(false);
  });
  it('marks the query in a title, whatever its width', () => {
    expect(markWords('ＨＥＬＩＸの話', queryWords('helix'))).toEqual([
      { text: 'ＨＥＬＩＸ', mark: true },
      { text: 'の話', mark: false },
    ]);
  });
});

describe('buildSearchIndex', () => {
  it('writes a manifest, shards and one text per page under a content version', () => {
    expect(manifest.pages[1]).toEqual(['/regions/kamaishi/', '釜石市', 'index', '', '', pages[1].page.text.length]);
    expect([...files.keys()].filter((k) => k.includes('/text/'))).toHaveLength(pages.length);
    expect(text(0)).toMatchObject({ summary: '働く場の広がりの要約', questions: ['問い'], signs: [] });
    expect(buildSearchIndex(pages).get('pages.json')).toBe(files.get('pages.json'));
    expect(JSON.parse(buildSearchIndex(pages.slice(1)).get('pages.json')!).version).not.toBe(manifest.version);
  });
});

describe('piecesIn', () => {
  it('finds the parts of a compound a text holds, not particles', () => {
    expect(piecesIn('地方で短期の副業をする', ['地方の副業'])).toEqual(['地方', '副業']);
    expect(piecesIn('ローカルキャリア準備室', ['キャリア白書', 'helix'])).toEqual(['キャリア']);
    expect(piecesIn('地域', ['都市'])).toEqual([]);
  });
});

describe('pagefindPages', () => {
  const fragments = pages.map(({ url }, n) => ({ id: `ja_${n}abc`, url }));
  it('numbers each Pagefind page id by the page with its URL, whatever order the fragments come in', () => {
    expect(pagefindPages(manifest, [...fragments].reverse())).toEqual(
      Object.fromEntries(pages.map((_, n) => [`ja_${n}abc`, n])),
    );
  });
  it('names the pages Pagefind did not index', () => {
    expect(() => pagefindPages(manifest, fragments.slice(1))).toThrow(/Pagefind の索引にないページ.*\/2021\/a\//);
  });
});
