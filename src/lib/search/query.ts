/**
 * Pure helpers for site search: what a reader types becomes a query the index understands, and the
 * search page's state travels in its URL (`/search/?q=…&edition=2021&type=chapter`).
 */

/** Kinds of indexed page; the `type` filter of the index. */
export const SEARCH_TYPES = ['chapter', 'edition', 'press', 'index'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

const TYPE_LABELS: Record<SearchType, string> = {
  chapter: '章',
  edition: '版',
  press: 'プレスリリース',
  index: '索引',
};

/** How a page type is named to readers. */
export function searchTypeLabel(type: string): string {
  return TYPE_LABELS[type as SearchType] ?? type;
}

/**
 * A reader's query as the index holds words: NFKC folds full-width Latin letters and digits
 * (ＨＥＬＩＸ, ２０２１) and half-width katakana to the forms the pages use; ideographic and repeated
 * spaces become one space.
 */
export function normaliseQuery(raw: string): string {
  return raw.normalize('NFKC').replace(/\s+/gu, ' ').trim();
}

/** Full-width ASCII letters and digits (Ａ–Ｚ, ａ–ｚ, ０–９) as their half-width forms, nothing else. */
export function halfWidthAlphanumerics(text: string): string {
  return text.replace(/[Ａ-Ｚａ-ｚ０-９]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

export interface SearchState {
  /** Normalised query; empty when the reader has not searched yet. */
  q: string;
  /** Edition year to keep to, if any. */
  edition?: string;
  /** Page type to keep to, if any. */
  type?: SearchType;
}

/** The search page's state from its URL query string; unknown or malformed values are dropped. */
export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const edition = normaliseQuery(params.get('edition') ?? '');
  const type = params.get('type') ?? '';
  return {
    q: normaliseQuery(params.get('q') ?? ''),
    edition: /^\d{4}$/.test(edition) ? edition : undefined,
    type: (SEARCH_TYPES as readonly string[]).includes(type) ? (type as SearchType) : undefined,
  };
}

/** The URL query string for a state, leaving out what is empty, so links stay short. */
export function writeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.edition) params.set('edition', state.edition);
  if (state.type) params.set('type', state.type);
  const query = params.toString();
  return query ? `?${query}` : '';
}

const wordSegmenter = new Intl.Segmenter('ja', { granularity: 'word' });

/**
 * A page's key terms (its 問い, 兆し, regions, people) split into words the way the search box
 * splits a query (Intl.Segmenter), one space between words. Pagefind's indexer segments running
 * Japanese text with another library and can cut a compound elsewhere than the query does
 * (Pagefind issue #1237): 地方短期副業 in running text stopped matching the query 地方|短期|副業.
 * Indexing the terms already split the query's way gives both sides the same words.
 */
export function querySegmentedTerms(terms: string[]): string {
  return terms.flatMap(segmentedTerm).join(' ');
}

const segmented = new Map<string, readonly string[]>();

/** The words of one term; each distinct term is segmented once (titles and names repeat on many pages). */
function segmentedTerm(term: string): readonly string[] {
  let words = segmented.get(term);
  if (words === undefined) {
    words = [...wordSegmenter.segment(halfWidthAlphanumerics(term.normalize('NFKC')))]
      .filter((s) => s.isWordLike)
      .map((s) => s.segment);
    segmented.set(term, words);
  }
  return words;
}
