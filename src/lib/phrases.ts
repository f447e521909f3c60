/**
 * Phrases of a Japanese title: the places where a line may break in a heading, found once at
 * build time so every browser breaks the same way (Chromium's `word-break: auto-phrase` exists
 * nowhere else). BudouX finds the phrases; where it cuts inside a compound (地域中|小企業, two
 * kanji or two katakana side by side), the two phrases are joined again if the result still
 * fits a line.
 */
import { loadDefaultJapaneseParser } from 'budoux';

/** Longest phrase a merge may make, in characters: about one line of a heading on a phone. */
export const MAX_MERGED = 12;

const KANJI = /[\p{Script=Han}々〆ヶ]/u;
const KATAKANA = /[\p{Script=Katakana}ー]/u;
const LATIN = /[A-Za-z0-9]/;

/** True when a break between these two characters would cut a word: kanji|kanji, katakana|katakana, a Latin word or a number. */
export function isCompoundJoin(before: string, after: string): boolean {
  return [KANJI, KATAKANA, LATIN].some((script) => script.test(before) && script.test(after));
}

function length(text: string): number {
  return [...text].length;
}

/**
 * Joins neighbouring phrases that a segmenter cut inside a compound, as long as the joined
 * phrase stays within `max` characters (a longer one would overflow a line on a phone anyway,
 * so there the cut is the lesser evil).
 */
export function mergeCompounds(chunks: readonly string[], max = MAX_MERGED): string[] {
  const merged: string[] = [];
  for (const chunk of chunks) {
    if (chunk === '') continue;
    const last = merged.at(-1);
    if (last !== undefined && isCompoundJoin([...last].at(-1)!, [...chunk][0]) && length(last + chunk) <= max) {
      merged[merged.length - 1] = last + chunk;
    } else {
      merged.push(chunk);
    }
  }
  return merged;
}

let parser: ReturnType<typeof loadDefaultJapaneseParser> | undefined;
const cache = new Map<string, readonly string[]>();

/**
 * The phrases of `text`, joined back together they give `text` unchanged. One BudouX parser
 * serves the whole build and each distinct text is segmented once (titles repeat on many pages).
 */
export function phrases(text: string): readonly string[] {
  let result = cache.get(text);
  if (result === undefined) {
    parser ??= loadDefaultJapaneseParser();
    result = text.trim() === '' ? [text] : mergeCompounds(parser.parse(text));
    cache.set(text, result);
  }
  return result;
}
