/**
 * Which pages contain a query, in what order, and what to show of each: pure functions over the
 * index of src/lib/search/gram-index.ts, used by the search page.
 */
import { IN_HEADING, VARIANT, type PageText, type SearchIndexManifest } from './gram-index.ts';
import { fold, foldText, gramsOf, occurrences, variantFold, variantOf } from './text.ts';

/**
 * A page that holds every gram of every query word (its text is checked when it is shown), or an
 * entry named by the query.
 */
export interface Candidate {
  page: number;
  /** 0 an entry's own page (its name), 1 the title holds the query, 2 a heading does, 3 the text. */
  tier: number;
  /** At most this many occurrences (each word's rarest gram's count, summed): more first within a tier. */
  count: number;
}

/** Every gram the words need, to fetch their shards. */
export const gramsOfWords = (words: string[]): string[] => [...new Set(words.flatMap(gramsOf))];

/** Every key the variant words need: each gram's variant key, and the gram itself where that key is absent. */
export const variantKeys = (words: string[]): string[] => gramsOfWords(words).flatMap((g) => [VARIANT + g, g]);

/** The variant postings from a lookup of keys: `~gram`'s list, else the exact gram's. */
export const variantPostings =
  (postings: (key: string) => number[] | undefined) =>
  (gram: string): number[] | undefined =>
    postings(VARIANT + gram) ?? postings(gram);

/**
 * Pages holding all grams of all words, best first. `postings(gram)` is the gram's list from its
 * shard: `[page, count, flags, …]`, undefined when no page holds it.
 */
export function rankCandidates(
  manifest: SearchIndexManifest,
  words: string[],
  postings: (gram: string) => number[] | undefined,
  /** The words are queryVariant's and the postings the variant ones: titles are compared folded the same way. */
  variant = false,
): Candidate[] {
  if (words.length === 0) return [];
  const found = new Map<number, { count: number; inHeadings: boolean }>();
  // Each word: the pages holding all its grams, and at most how often it occurs (its rarest gram).
  for (const [n, word] of words.entries()) {
    let pages: Map<number, { count: number; inHeadings: boolean }> | undefined;
    for (const gram of gramsOf(word)) {
      const list = postings(gram) ?? [];
      const next = new Map<number, { count: number; inHeadings: boolean }>();
      for (let i = 0; i < list.length; i += 3) {
        const [page, count, flags] = [list[i], list[i + 1], list[i + 2]];
        const before = pages ? pages.get(page) : { count: Infinity, inHeadings: true };
        if (!before || (n > 0 && !found.has(page))) continue;
        next.set(page, {
          count: Math.min(before.count, count),
          inHeadings: before.inHeadings && (flags & IN_HEADING) !== 0,
        });
      }
      pages = next;
    }
    for (const page of found.keys()) if (!pages?.has(page)) found.delete(page);
    for (const [page, { count, inHeadings }] of pages ?? []) {
      const before = found.get(page) ?? { count: 0, inHeadings: true };
      found.set(page, { count: before.count + count, inHeadings: before.inHeadings && inHeadings });
    }
  }
  // An entry is found by its name however the name is spaced (伊藤剛 for 伊藤 剛).
  const key = words.join('').replaceAll(' ', '');
  const candidates: Candidate[] = [];
  manifest.pages.forEach(([, title, type], page) => {
    const folded = variant ? variantFold(fold(title)) : fold(title);
    const own = type === 'index' && isNameOf(key, folded.replaceAll(' ', ''));
    const hit = found.get(page);
    if (!hit && !own) return;
    const tier = own ? 0 : words.every((w) => folded.includes(w)) ? 1 : hit!.inHeadings ? 2 : 3;
    candidates.push({ page, tier, count: hit?.count ?? 0 });
  });
  // Within a tier: more occurrences first, then the shorter page (the query weighs more in it).
  const length = (page: number) => manifest.pages[page][5];
  return candidates.sort(
    (a, b) => a.tier - b.tier || b.count - a.count || length(a.page) - length(b.page) || a.page - b.page,
  );
}

/** A page holding most of the query's pairs without holding the query: a related result. */
export interface Related {
  page: number;
  /** Share of the query's grams the page holds, averaged over the words (0.5–1). */
  share: number;
}

/** Related results hold at least this share of the query's grams. */
const RELATED_SHARE = 0.5;

/**
 * Pages that hold at least half of the query's grams (for several words, on average) and are not
 * `matches`: the ones with most first. For a compound the text does not hold (地方副業), these are
 * the pages with its parts (地方, 副業).
 */
export function relatedPages(
  words: string[],
  postings: (gram: string) => number[] | undefined,
  matches: Set<number>,
): Related[] {
  const shares = new Map<number, number>();
  for (const word of words) {
    const grams = gramsOf(word);
    const held = new Map<number, number>();
    for (const gram of grams) {
      const list = postings(gram) ?? [];
      for (let i = 0; i < list.length; i += 3) held.set(list[i], (held.get(list[i]) ?? 0) + 1);
    }
    for (const [page, n] of held) shares.set(page, (shares.get(page) ?? 0) + n / grams.length / words.length);
  }
  return [...shares]
    .filter(([page, share]) => share >= RELATED_SHARE && !matches.has(page))
    .map(([page, share]) => ({ page, share }))
    .sort((a, b) => b.share - a.share || a.page - b.page);
}

/** A piece that starts or ends with a particle or an inflection (の副業, 地方の) is not worth marking. */
const KANA_EDGE = /^\p{Script=Hiragana}|\p{Script=Hiragana}$/u;

/**
 * The pieces of the query a text holds, to mark in a related result: reading each word from the
 * start, the longest piece of two characters or more the text holds, then on after it (地方の副業 in
 * a text with 地方 and 副業 gives both).
 */
export function piecesIn(text: string, words: string[]): string[] {
  const folded = fold(text);
  const pieces = new Set<string>();
  for (const word of words) {
    const chars = Array.from(word);
    for (let i = 0; i < chars.length;) {
      let found = 0;
      for (let j = chars.length; j >= i + 2 && !found; j--) {
        const piece = chars.slice(i, j).join('');
        if (!piece.includes(' ') && !KANA_EDGE.test(piece) && folded.includes(piece)) found = j - i;
      }
      if (found) pieces.add(chars.slice(i, i + found).join(''));
      i += found || 1;
    }
  }
  return [...pieces];
}

/**
 * Whether a query names an entry: its title holds the query, and the query is at least half of
 * it (釜石 for 釜石市, the whole of a 問い), not one word of a longer title.
 */
function isNameOf(word: string, title: string): boolean {
  return title.includes(word) && Array.from(word).length * 2 >= Array.from(title).length;
}

export interface Excerpt {
  /** Every word occurs in the page's text (the grams only said it might). */
  found: boolean;
  /** Text around the first match, in parts; `mark` parts are the query. */
  parts: { text: string; mark: boolean }[];
  /** Up to three sections where the query occurs, in reading order. */
  sections: { id: string; title: string }[];
}

/** Characters of context shown before and after the first match. */
const BEFORE = 30;
const AFTER = 80;

/** Splits a short text (a title) into parts with the query words marked. */
export function markWords(text: string, words: string[], variant = false): Excerpt['parts'] {
  return markedParts(text, spansOf(text, words, variant), 0, text.length);
}

function spansOf(text: string, words: string[], variant = false): [number, number][] {
  const { folded, starts, ends } = variant ? variantOf(foldText(text)) : foldText(text);
  return occurrences(folded, words).map(([from, to]) => [starts[from], ends[to - 1]]);
}

function markedParts(text: string, spans: [number, number][], from: number, to: number): Excerpt['parts'] {
  const parts: Excerpt['parts'] = [];
  let at = from;
  for (const [start, end] of spans) {
    if (end <= at || start >= to) continue;
    if (start > at) parts.push({ text: text.slice(at, start), mark: false });
    parts.push({ text: text.slice(Math.max(start, at), end), mark: true });
    at = end;
  }
  if (at < to) parts.push({ text: text.slice(at, to), mark: false });
  return parts;
}

/**
 * An excerpt of the page's own text around its first match after the title (none when only the
 * title holds the query: the result's title shows it), with the query marked, starting at a
 * sentence when one starts shortly before; and the sections the query occurs in.
 */
export function excerptOf(page: PageText, words: string[], title = '', variant = false): Excerpt {
  const folded = variant ? variantFold(fold(page.text)) : fold(page.text);
  const found = words.every((w) => folded.includes(w));
  const spans = spansOf(page.text, words, variant);
  const titleAt = title ? page.text.indexOf(title) : -1;
  const afterTitle = titleAt === -1 ? 0 : titleAt + title.length;
  const first = spans.find(([start]) => start >= afterTitle)?.[0];

  const parts: Excerpt['parts'] = [];
  if (first !== undefined) {
    const sentence = Math.max(page.text.lastIndexOf('。', first - 1), page.text.lastIndexOf(' ', first - 1)) + 1;
    const from = Math.max(afterTitle, first - BEFORE, sentence);
    const to = Math.min(page.text.length, from + BEFORE + AFTER);
    if (from > afterTitle && from !== sentence) parts.push({ text: '…', mark: false });
    parts.push(...markedParts(page.text, spans, from, to));
    if (to < page.text.length) parts.push({ text: '…', mark: false });
  }

  const sections: Excerpt['sections'] = [];
  for (const [start] of spans) {
    const section = page.sections.findLast(([sectionStart]) => sectionStart <= start);
    if (!section || sections.some((s) => s.id === section[1])) continue;
    sections.push({ id: section[1], title: section[2] });
    if (sections.length === 3) break;
  }
  return { found, parts, sections };
}
