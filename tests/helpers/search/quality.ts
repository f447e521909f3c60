/**
 * Query sets generated from the content, and the figures the issue asks for: does the first result
 * contain the query, top-5 recall, R-precision, are all containing pages listed.
 */
import { contains, type VisiblePage } from './visible-text.ts';
import type { Listed } from './browser-search.ts';

/** A small seeded generator (mulberry32), so the phrase set is the same on every run. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const JAPANESE = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々]+$/u;
const ONLY_HIRAGANA = /^[\p{Script=Hiragana}ー]+$/u;

/**
 * `count` distinct phrases of 2–7 Han/kana characters, not only hiragana, cut at random places
 * of the pages' visible text (a place in a longer page is as likely as one in a short page).
 */
export function randomPhrases(pages: VisiblePage[], count: number, seed: number): string[] {
  const random = seeded(seed);
  const total = pages.reduce((n, p) => n + p.text.length, 0);
  const phrases = new Set<string>();
  for (let tries = 0; phrases.size < count && tries < count * 1000; tries++) {
    let at = Math.floor(random() * total);
    const page = pages.find((p) => (at -= p.text.length) < 0)!;
    const start = at + page.text.length;
    const phrase = page.text.slice(start, start + 2 + Math.floor(random() * 6));
    if (JAPANESE.test(phrase) && !ONLY_HIRAGANA.test(phrase) && [...phrase].length >= 2) phrases.add(phrase);
  }
  return [...phrases];
}

export interface Figures {
  queries: number;
  firstContains: number;
  top5Recall: number;
  rPrecision: number;
  allListed: number;
  /** Share of the listed pages that contain the query, related results included. */
  listedContain: number;
  /** Share of the pages listed as matches (before 関連する結果) that contain the query. */
  matchesContain: number;
}

/** Per query: which listed pages contain it, and how many pages do. */
export function judge(pages: VisiblePage[], listed: Listed) {
  const containing = new Set(pages.filter((p) => contains(p, listed.query)).map((p) => p.path));
  return { containing, hits: listed.paths.map((p) => containing.has(p)) };
}

export function figures(pages: VisiblePage[], runs: Listed[]): Figures {
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(xs.length, 1);
  const judged = runs.map((r) => ({ r, ...judge(pages, r) }));
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    queries: runs.length,
    firstContains: round(mean(judged.map(({ hits }) => (hits[0] ? 1 : 0)))),
    top5Recall: round(
      mean(
        judged.map(({ hits, containing }) => hits.slice(0, 5).filter(Boolean).length / Math.min(5, containing.size)),
      ),
    ),
    rPrecision: round(
      mean(
        judged.map(({ hits, containing }) => hits.slice(0, containing.size).filter(Boolean).length / containing.size),
      ),
    ),
    allListed: round(
      mean(judged.map(({ r, containing }) => ([...containing].every((p) => r.paths.includes(p)) ? 1 : 0))),
    ),
    listedContain: round(mean(judged.flatMap(({ hits }) => hits.map((h) => (h ? 1 : 0))))),
    matchesContain: round(mean(judged.flatMap(({ r, hits }) => hits.slice(0, r.matches).map((h) => (h ? 1 : 0))))),
  };
}
