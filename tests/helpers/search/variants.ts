/**
 * Spelling variants (表記ゆれ) made by rule from canonical forms (registry names, seeded phrases
 * of the visible text), and the figures for them: a variant should find the pages that contain its
 * canonical form. The rules are the reader's, not the search page's: they use Intl.Segmenter for
 * word boundaries and the pages' own okurigana, never src/lib/search.
 */
import type { Listed } from './browser-search.ts';
import { seeded } from './quality.ts';
import { contains, type VisiblePage } from './visible-text.ts';

export const VARIANT_KINDS = ['hiragana', 'separator', 'okurigana', 'width'] as const;
export type VariantKind = (typeof VARIANT_KINDS)[number];

export const VARIANT_LABELS: Record<VariantKind, string> = {
  hiragana: 'カタカナをひらがなで',
  separator: '語の境に中黒か空白',
  okurigana: '漢字の間の送り仮名を除く・足す',
  width: '全角・半角',
};

export interface VariantCase {
  kind: VariantKind;
  /** The spelling the pages use. */
  canonical: string;
  /** What the reader types instead. */
  query: string;
}

const KATAKANA = /[\u30a1-\u30f6]/u;
const HAN = /\p{Script=Han}/u;
const HIRAGANA = /^[\u3041-\u3096]$/u;
const JAPANESE = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々]+$/u;

const toHiragana = (text: string) =>
  text.replace(/[\u30a1-\u30f6]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));

/** Katakana as half-width (ｷｬﾘｱ), found by NFKC over the half-width block; letters and digits as full-width. */
const HALF = new Map<string, string>();
for (let code = 0xff66; code <= 0xff9d; code++) {
  const half = String.fromCharCode(code);
  for (const form of [half, half + 'ﾞ', half + 'ﾟ']) {
    const full = form.normalize('NFKC');
    if ([...full].length === 1 && !HALF.has(full)) HALF.set(full, form);
  }
}
HALF.set('ー', 'ｰ');
HALF.set('・', '･');
const toWidth = (text: string) =>
  Array.from(text, (c) =>
    /[A-Za-z0-9]/u.test(c) ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : (HALF.get(c) ?? c),
  ).join('');

const segmenter = new Intl.Segmenter('ja', { granularity: 'word' });

/** Indexes (in code points) of the hiragana inside one word between two kanji: okurigana, not particles. */
function okuriganaAt(text: string): number[] {
  const at: number[] = [];
  let offset = 0;
  for (const { segment } of segmenter.segment(text)) {
    const chars = Array.from(segment);
    for (let i = 1; i + 1 < chars.length; i++) {
      if (HIRAGANA.test(chars[i]) && HAN.test(chars[i - 1]) && HAN.test(chars[i + 1])) at.push(offset + i);
    }
    offset += chars.length;
  }
  return at;
}

/** The distinct words of the pages with okurigana between kanji (取り組み, 働き方), in reading order. */
export function okuriganaWords(pages: VisiblePage[]): string[] {
  const words = new Set<string>();
  for (const { text } of pages) {
    for (const { segment } of segmenter.segment(text)) if (okuriganaAt(segment).length > 0) words.add(segment);
  }
  return [...words];
}

/** Which okurigana the pages write between two kanji (取り組 for 取組), most often first. */
function okuriganaOf(pages: VisiblePage[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const { text } of pages) {
    const chars = Array.from(text);
    for (const i of okuriganaAt(text)) {
      const pair = chars[i - 1] + chars[i + 1];
      const byKana = counts.get(pair) ?? new Map<string, number>();
      byKana.set(chars[i], (byKana.get(chars[i]) ?? 0) + 1);
      counts.set(pair, byKana);
    }
  }
  return new Map([...counts].map(([pair, byKana]) => [pair, [...byKana].sort((a, b) => b[1] - a[1])[0][0]]));
}

function variant(
  kind: VariantKind,
  canonical: string,
  random: () => number,
  okurigana: Map<string, string>,
): string | undefined {
  const chars = Array.from(canonical);
  const pick = <T>(xs: T[]) => (xs.length ? xs[Math.floor(random() * xs.length)] : undefined);
  switch (kind) {
    case 'hiragana':
      return KATAKANA.test(canonical) ? toHiragana(canonical) : undefined;
    case 'width':
      return /[\u30a1-\u30fa\u30fcA-Za-z0-9]/u.test(canonical) ? toWidth(canonical) : undefined;
    case 'separator': {
      // Boundaries between two words of Japanese (segmented as a reader's IME would split them).
      const segments = [...segmenter.segment(canonical)];
      const at = pick(
        segments
          .slice(1)
          .filter((s, i) => JAPANESE.test(s.segment) && JAPANESE.test(segments[i].segment))
          .map((s) => s.index),
      );
      if (at === undefined) return undefined;
      return canonical.slice(0, at) + (random() < 0.5 ? '・' : ' ') + canonical.slice(at);
    }
    case 'okurigana': {
      // Drop one hiragana between kanji (取り組み → 取組み), or add the one the pages write (取組 → 取り組).
      const drops = okuriganaAt(canonical);
      const adds = chars.flatMap((c, i) =>
        HAN.test(c) && HAN.test(chars[i + 1] ?? '') && okurigana.has(c + chars[i + 1]) ? [i] : [],
      );
      const choice = pick([...drops.map((i) => ['drop', i] as const), ...adds.map((i) => ['add', i] as const)]);
      if (!choice) return undefined;
      const [how, i] = choice;
      if (how === 'drop') return [...chars.slice(0, i), ...chars.slice(i + 1)].join('');
      return [...chars.slice(0, i + 1), okurigana.get(chars[i] + chars[i + 1])!, ...chars.slice(i + 1)].join('');
    }
  }
}

/** Every variant the rules make of the canonical forms that some page contains, seeded. */
export function variantCases(canonicals: string[], pages: VisiblePage[], seed: number): VariantCase[] {
  const random = seeded(seed);
  const okurigana = okuriganaOf(pages);
  const cases: VariantCase[] = [];
  for (const canonical of [...new Set(canonicals)]) {
    if (!pages.some((p) => contains(p, canonical))) continue;
    for (const kind of VARIANT_KINDS) {
      const query = variant(kind, canonical, random, okurigana);
      // A width variant differs only before NFKC; any other differs after it too.
      const differs = kind === 'width' ? query !== canonical : query?.normalize('NFKC') !== canonical.normalize('NFKC');
      if (query && differs) cases.push({ kind, canonical, query });
    }
  }
  return cases;
}

export interface VariantFigures {
  queries: number;
  /** Share of the pages containing the canonical form that are listed (matches and related results). */
  recall: number;
  /** The first result contains the canonical form or the variant as typed. */
  p1: number;
  /** The first result contains the canonical form. */
  p1Canonical: number;
}

export function variantFigures(pages: VisiblePage[], cases: VariantCase[], runs: Listed[]): VariantFigures {
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(xs.length, 1);
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const byPath = new Map(pages.map((p) => [p.path, p]));
  const judged = cases.map((c, i) => {
    const containing = pages.filter((p) => contains(p, c.canonical)).map((p) => p.path);
    const first = byPath.get(runs[i].paths[0] ?? '');
    return {
      recall: containing.filter((p) => runs[i].paths.includes(p)).length / containing.length,
      p1: first && (contains(first, c.canonical) || contains(first, c.query)) ? 1 : 0,
      p1Canonical: first && contains(first, c.canonical) ? 1 : 0,
    };
  });
  return {
    queries: cases.length,
    recall: round(mean(judged.map((j) => j.recall))),
    p1: round(mean(judged.map((j) => j.p1))),
    p1Canonical: round(mean(judged.map((j) => j.p1Canonical))),
  };
}
