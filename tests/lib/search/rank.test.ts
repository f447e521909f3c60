import { describe, expect, it } from 'vitest';
import {
  buildSearchIndex,
  pagefindPages,
  type PageText,
  type SearchIndexManifest,
} from '../../../src/lib/search/gram-index.ts';
import {
  excerptOf,
  markWords,
  piecesIn,
  rankCandidates,
  variantKeys,
  variantPostings,
} from '../../../src/lib/search/rank.ts';
import type { SearchPage } from '../../../src/lib/search/page.ts';
import { queryVariant, queryWords, shardOf } from '../../../src/lib/search/text.ts';

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

describe('variant postings (表記ゆれ)', () => {
  const variantPages = [
    { url: '/a/', page: page('プロボノの記録', 'chapter', '地域での取り組みを組み合わせる。') },
    { url: '/b/', page: page('共創', 'chapter', 'ぷろぼのと取組。') },
    { url: '/c/', page: page('釜石', 'chapter', '地域の話。') },
  ];
  const index = buildSearchIndex(variantPages);
  const m = JSON.parse(index.get('pages.json')!) as SearchIndexManifest;
  const lookup = (key: string) =>
    (JSON.parse(index.get(`${m.version}/grams/${shardOf(key, m.shards)}.json`)!) as Record<string, number[]>)[key];
  const found = (word: string, strip = true) =>
    rankCandidates(m, [queryVariant(word, strip)], variantPostings(lookup), true).map((c) => m.pages[c.page][0]);

  it('keeps a variant key only where its list differs from the exact gram’s', () => {
    // Hiragana ぷろ: /b/ as written, /a/ from its katakana.
    expect(lookup('~ぷろ')).toEqual([0, 1, 1, 1, 1, 0]);
    expect(lookup('~地域')).toBeUndefined();
    expect(variantPostings(lookup)('地域')).toEqual(lookup('地域'));
    // 取り only occurs before a kanji: no page holds it once folded.
    expect(lookup('~取り')).toEqual([]);
    expect(variantKeys(['取組'])).toEqual(['~取組', '取組']);
  });
  it('finds katakana for hiragana and okurigana either way, the title first', () => {
    expect(found('ぷろぼの')).toEqual(['/a/', '/b/']);
    expect(found('取組').sort()).toEqual(['/a/', '/b/']);
    expect(found('取り組み')).toEqual(expect.arrayContaining(['/a/', '/b/']));
    expect(found('取り組み', false)).toEqual(['/a/']);
    expect(found('組合せ')).toEqual(['/a/']);
  });
  it('marks the excerpt as the page spells it', () => {
    const shownText = JSON.parse(index.get(`${m.version}/text/0.json`)!) as PageText;
    const excerpt = excerptOf(shownText, [queryVariant('取組')], 'プロボノの記録', true);
    expect(excerpt.found).toBe(true);
    expect(excerpt.parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['取り組']);
    expect(markWords('プロボノの記録', [queryVariant('ぷろぼの')], true)).toEqual([
      { text: 'プロボノ', mark: true },
      { text: 'の記録', mark: false },
    ]);
    expect(excerptOf(shownText, [queryVariant('取組')], 'プロボノの記録').found).toBe(false);
  });
});
