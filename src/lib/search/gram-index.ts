/**
 * The index the search page matches queries with, made at build time beside Pagefind's: which pages
 * hold each character and each pair of characters of their visible text (how often, and whether in
 * the title or a heading), split into shards so a query fetches only the few it needs, and one small
 * text file per page, fetched only for the results shown, for excerpts and section links.
 *
 * Files, under the site's `search-index/`:
 * - `pages.json`: `{ version, shards, pages: [url, title, type, edition, kind, text length][] }`; a page's number
 *   is its place in `pages`.
 * - `<version>/grams/<shard>.json`: `{ gram: [page, count, flags, page, count, flags, …] }`,
 *   flags: 1 = the title holds the gram, 2 = a heading does. A key `~gram` holds the same for the
 *   text folded by the variant rules (text.ts variantOf), only where it differs from `gram`'s list
 *   (a katakana word adds its hiragana grams, 取り組み adds 取組): a variant gram without its `~`
 *   key has the exact gram's list.
 * - `<version>/text/<page>.json`: `{ text, sections: [start, id, title][], summary, questions, signs }`.
 * - `<version>/pagefind.json`: `{ pagefind page id: page }`, so the page can list Pagefind's results
 *   (which give only that id) without fetching a Pagefind fragment per result (pagefindPages).
 * `version` is a hash of the contents, so a browser never mixes files of two builds.
 */
import { createHash } from 'node:crypto';
import type { SearchPage } from './page.ts';
import { fold, forEachGramCode, gramOfCode, shardOf, variantFold } from './text.ts';

export const IN_TITLE = 1;
export const IN_HEADING = 2;

/** Shards are sized so that one holds about this many bytes of JSON before compression. */
const SHARD_BYTES = 6_000;

export interface SearchIndexManifest {
  version: string;
  shards: number;
  /** [url, title, type, edition, kind, length of the text] */
  pages: [string, string, string, string, string, number][];
}

export interface PageText {
  text: string;
  /** [start offset in text, heading id, heading text] */
  sections: [number, string, string][];
  summary: string;
  questions: string[];
  signs: string[];
}

/** The key of a gram of the variant-folded text, where its list differs from the exact one. */
export const VARIANT = '~';

function gramCodes(folded: string): Set<number> {
  const codes = new Set<number>();
  forEachGramCode(folded, (code) => codes.add(code));
  return codes;
}

/** Adds one page's grams to postings: a page's entry is the last of each list while the page is read. */
function post(
  postings: Map<number, number[]>,
  number: number,
  folded: string,
  title: Set<number>,
  headings: Set<number>,
) {
  forEachGramCode(folded, (code) => {
    let list = postings.get(code);
    if (!list) postings.set(code, (list = []));
    const last = list.length - 3;
    if (last >= 0 && list[last] === number) list[last + 1] += 1;
    else list.push(number, 1, (title.has(code) ? IN_TITLE : 0) | (headings.has(code) ? IN_HEADING : 0));
  });
}

const sameList = (a: number[] | undefined, b: number[]) => a?.length === b.length && a.every((n, i) => n === b[i]);

/** The files of the index, by path relative to `search-index/`. */
export function buildSearchIndex(pages: { url: string; page: SearchPage }[]): Map<string, string> {
  const postings = new Map<number, number[]>();
  const variants = new Map<number, number[]>();
  const texts: string[] = [];
  const manifest: SearchIndexManifest['pages'] = [];
  pages.forEach(({ url, page }, number) => {
    const { meta, filters } = page;
    manifest.push([url, meta.title ?? '', meta.type ?? '', meta.edition ?? '', meta.kind ?? '', page.text.length]);
    const text: PageText = {
      text: page.text,
      sections: page.sections.map((s) => [s.start, s.id, s.title]),
      summary: meta.summary ?? '',
      questions: filters.question ?? [],
      signs: filters.sign ?? [],
    };
    texts.push(JSON.stringify(text));
    const [title, headings, folded] = [meta.title ?? '', page.sections.map((s) => s.title).join(' '), fold(page.text)];
    post(postings, number, folded, gramCodes(fold(title)), gramCodes(fold(headings)));
    post(
      variants,
      number,
      variantFold(folded),
      gramCodes(variantFold(fold(title))),
      gramCodes(variantFold(fold(headings))),
    );
  });
  const keyed = new Map<string, number[]>();
  for (const [code, list] of postings) keyed.set(gramOfCode(code), list);
  for (const [code, list] of variants) {
    if (!sameList(postings.get(code), list)) keyed.set(VARIANT + gramOfCode(code), list);
  }
  // A variant gram no page's exact text holds, and that the variant text no longer holds (取り before
  // a kanji): an empty list, so the exact one is not used.
  for (const [code] of postings) {
    const gram = gramOfCode(code);
    if (!variants.has(code) && variantFold(gram) === gram) keyed.set(VARIANT + gram, []);
  }

  // About 4 bytes of JSON a number, 10 a key.
  let sizes = 0;
  for (const list of keyed.values()) sizes += 10 + list.length * 4;
  const shards = 2 ** Math.max(0, Math.ceil(Math.log2(sizes / SHARD_BYTES)));
  const grams = Array.from({ length: shards }, () => ({}) as Record<string, number[]>);
  for (const [gram, list] of keyed) grams[shardOf(gram, shards)][gram] = list;

  const shardFiles = grams.map((g) => JSON.stringify(g));
  const hash = createHash('sha256');
  for (const part of [JSON.stringify(manifest), ...shardFiles, ...texts]) hash.update(part).update('\0');
  const version = hash.digest('hex').slice(0, 12);

  const files = new Map<string, string>();
  files.set('pages.json', JSON.stringify({ version, shards, pages: manifest } satisfies SearchIndexManifest));
  shardFiles.forEach((json, n) => files.set(`${version}/grams/${n}.json`, json));
  texts.forEach((json, n) => files.set(`${version}/text/${n}.json`, json));
  return files;
}

/**
 * Pagefind's page ids (its fragment files' names) by our page numbers, from the fragments Pagefind
 * wrote: each is gzip of `pagefind_dcd` and the page's JSON, whose `url` is the one we gave it.
 * A page Pagefind did not index is an error: its results could not be listed.
 */
export function pagefindPages(
  manifest: SearchIndexManifest,
  fragments: { id: string; url: string }[],
): Record<string, number> {
  const byUrl = new Map(manifest.pages.map(([url], page) => [url, page]));
  const ids: Record<string, number> = {};
  for (const { id, url } of fragments) {
    const page = byUrl.get(url);
    if (page !== undefined) ids[id] = page;
  }
  const indexed = new Set(Object.values(ids));
  const missing = manifest.pages.filter((_, page) => !indexed.has(page)).map(([url]) => url);
  if (missing.length > 0) throw new Error(`Pagefind の索引にないページがあります: ${missing.join(' ')}`);
  return ids;
}
