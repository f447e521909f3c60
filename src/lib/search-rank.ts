/**
 * Which pages contain a query, in what order, and what to show of each: pure functions over the
 * index of src/lib/search-index.ts, used by the search page.
 */
import { IN_HEADING, type PageText, type SearchIndexManifest } from './search-index.ts';
import { fold, foldText, gramsOf, occurrences } from './search-text.ts';

/** A page that holds every gram of every query word (its text is checked when it is shown). */
export interface Candidate {
  page: number;
  /** 0 an entry's own page (its name), 1 the title holds the query, 2 a heading does, 3 the text. */
  tier: number;
  /** At most this many occurrences (the rarest gram's count): more first within a tier. */
  count: number;
}

/** Every gram the words need, to fetch their shards. */
export const gramsOfWords = (words: string[]): string[] => [...new Set(words.flatMap(gramsOf))];

/**
 * Pages holding all grams of all words, best first. `postings(gram)` is the gram's list from its
 * shard: `[page, count, flags, …]`, undefined when no page holds it.
 */
export function rankCandidates(
  manifest: SearchIndexManifest,
  words: string[],
  postings: (gram: string) => number[] | undefined,
): Candidate[] {
  let pages: Map<number, { count: number; inHeadings: boolean }> | undefined;
  for (const gram of gramsOfWords(words)) {
    const list = postings(gram) ?? [];
    const next = new Map<number, { count: number; inHeadings: boolean }>();
    for (let i = 0; i < list.length; i += 3) {
      const [page, count, flags] = [list[i], list[i + 1], list[i + 2]];
      const before = pages ? pages.get(page) : { count: Infinity, inHeadings: true };
      if (!before) continue;
      next.set(page, {
        count: Math.min(before.count, count),
        inHeadings: before.inHeadings && (flags & IN_HEADING) !== 0,
      });
    }
    pages = next;
    if (pages.size === 0) break;
  }
  if (!pages || words.length === 0) return [];
  const candidates = [...pages].map(([page, { count, inHeadings }]) => {
    const [, title, type] = manifest.pages[page];
    const folded = fold(title);
    const own = type === 'index' && words.length === 1 && isNameOf(words[0], folded);
    const tier = own ? 0 : words.every((w) => folded.includes(w)) ? 1 : inHeadings ? 2 : 3;
    return { page, tier, count };
  });
  return candidates.sort((a, b) => a.tier - b.tier || b.count - a.count || a.page - b.page);
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

/**
 * An excerpt of the page's own text around its first match (after the title, when the body holds
 * one too), with the query marked, and the sections it occurs in.
 */
export function excerptOf(page: PageText, words: string[], title = ''): Excerpt {
  const { folded, starts, ends } = foldText(page.text);
  const found = occurrences(folded, words);
  const spans = found.map(([from, to]) => [starts[from], ends[to - 1]] as const);
  const everyWord = words.every((w) => folded.includes(w));
  if (spans.length === 0) return { found: false, parts: [], sections: [] };

  const titleAt = title ? page.text.indexOf(title) : -1;
  const afterTitle = titleAt === -1 ? 0 : titleAt + title.length;
  const [first] = spans.find(([from]) => from >= afterTitle) ?? spans[0];
  const from = Math.max(0, first - BEFORE);
  const to = Math.min(page.text.length, first + AFTER);
  const parts: Excerpt['parts'] = [];
  if (from > 0) parts.push({ text: '…', mark: false });
  let at = from;
  for (const [start, end] of spans) {
    if (end <= at || start >= to) continue;
    if (start > at) parts.push({ text: page.text.slice(at, start), mark: false });
    parts.push({ text: page.text.slice(Math.max(start, at), end), mark: true });
    at = end;
  }
  if (at < to) parts.push({ text: page.text.slice(at, to), mark: false });
  if (to < page.text.length) parts.push({ text: '…', mark: false });

  const sections: Excerpt['sections'] = [];
  for (const [start] of spans) {
    const section = page.sections.findLast(([sectionStart]) => sectionStart <= start);
    if (!section || sections.some((s) => s.id === section[1])) continue;
    sections.push({ id: section[1], title: section[2] });
    if (sections.length === 3) break;
  }
  return { found: everyWord, parts, sections };
}
