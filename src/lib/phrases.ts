/**
 * Phrases of a Japanese title: the places where a line may break in a heading, found once at
 * build time so every browser breaks the same way (Chromium's `word-break: auto-phrase` exists
 * nowhere else). BudouX finds the phrases; where it cuts inside a compound (地域中|小企業, two
 * kanji or two katakana side by side), the two phrases are joined again if the result still
 * fits a line.
 */
import { loadDefaultJapaneseParser } from 'budoux';
import { escapeHtml, markup, trustedHtml, type Html } from './html.ts';
import { KANJI, KATAKANA, LATIN } from './japanese-scripts.ts';

/** Longest phrase a merge may make, in characters: about one line of a heading on a phone. */
export const MAX_MERGED = 12;

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

/** Longest phrase kept on one line by `white-space: nowrap` when punctuation inside it would let the browser break. */
export const MAX_NOWRAP = 8;

/** After these a browser may break even under `word-break: keep-all`; before OPENING too. */
const CLOSING = /[、。，．・：；？！）」』】〕〉》”’―—…‥&/,.)!?:;]/u;
const OPENING = /[（「『【〔〈《“‘―—(&/]/u;

/** Offsets inside `phrase` where punctuation lets a browser break although no <wbr> is there. */
export function punctuationBreaks(phrase: string): number[] {
  const chars = [...phrase];
  const found: number[] = [];
  let offset = chars[0]?.length ?? 0;
  for (let i = 1; i < chars.length; i++) {
    const [before, after] = [chars[i - 1], chars[i]];
    const dashes = /[―—…‥]/u.test(before) && before === after;
    if (!dashes && ((CLOSING.test(before) && !CLOSING.test(after)) || (OPENING.test(after) && !OPENING.test(before)))) {
      found.push(offset);
    }
    offset += after.length;
  }
  return found;
}

function splitAt(text: string, offsets: readonly number[]): string[] {
  const pieces: string[] = [];
  let from = 0;
  for (const at of offsets) {
    pieces.push(text.slice(from, at));
    from = at;
  }
  pieces.push(text.slice(from));
  return pieces.filter((piece) => piece !== '');
}

/** Where a phrase too long for a line may break: between kanji, katakana and Latin runs. */
function scriptBreaks(phrase: string): number[] {
  const kind = (c: string) => (KANJI.test(c) ? 1 : KATAKANA.test(c) ? 2 : LATIN.test(c) ? 3 : 0);
  const found: number[] = [];
  let offset = 0;
  const chars = [...phrase];
  for (let i = 1; i < chars.length; i++) {
    offset += chars[i - 1].length;
    const [a, b] = [kind(chars[i - 1]), kind(chars[i])];
    if (a !== 0 && b !== 0 && a !== b) found.push(offset);
  }
  return found;
}

/**
 * A phrase as the units a line may break between. A short phrase stays one unit (kept on one
 * line by `keepTogether`); a longer one with punctuation inside is cut at that punctuation,
 * where a browser would break anyway; a unit still longer than `MAX_MERGED` is cut between
 * scripts (地方短期副業|プロジェクト), so that it never has to break inside a word.
 */
function breakUnits(phrase: string): string[] {
  const units = length(phrase) <= MAX_NOWRAP ? [phrase] : splitAt(phrase, punctuationBreaks(phrase));
  return units.flatMap((unit) => (length(unit) > MAX_MERGED ? splitAt(unit, scriptBreaks(unit)) : [unit]));
}

/** True for a unit that a browser could break inside at its punctuation: set it `white-space: nowrap`. */
export function keepTogether(unit: string): boolean {
  return punctuationBreaks(unit).length > 0;
}

let parser: ReturnType<typeof loadDefaultJapaneseParser> | undefined;
const cache = new Map<string, readonly string[]>();

/**
 * The phrases of `text`, as the units between which a title's line may break; joined back
 * together they give `text` unchanged. One BudouX parser serves the whole build and each
 * distinct text is segmented once (titles repeat on many pages).
 */
export function phrases(text: string): readonly string[] {
  let result = cache.get(text);
  if (result === undefined) {
    parser ??= loadDefaultJapaneseParser();
    // Cutting a long phrase can free a piece that now joins its neighbour (一般社団法人|地域・ →
    // 一般社団法人地域・), so merge once more; that join never makes a unit past MAX_MERGED.
    result =
      text.trim() === ''
        ? [text]
        : mergeCompounds(mergeCompounds(parser.parse(text)).flatMap(breakUnits)).flatMap(breakUnits);
    cache.set(text, result);
  }
  return result;
}

const htmlCache = new Map<string, string>();

/**
 * The inside of a title that breaks only between phrases, as HTML: `<wbr>` between the phrases,
 * span.nobr around one with punctuation inside, text escaped as Astro escapes it. A string made
 * once per distinct title: the same title is printed on hundreds of pages.
 */
export function phrasesHtml(text: string): string {
  let markup = htmlCache.get(text);
  if (markup === undefined) {
    markup = phrases(text)
      .map((part, i) => {
        const escaped = escapeHtml(part);
        return (i > 0 ? '<wbr>' : '') + (keepTogether(part) ? `<span class="nobr">${escaped}</span>` : escaped);
      })
      .join('');
    htmlCache.set(text, markup);
  }
  return markup;
}

/** A title as printed everywhere (the Phrases component and lists made as one string): span.phrases around phrasesHtml. */
export function phrasesSpan(text: string): Html {
  return markup`<span class="phrases">${trustedHtml(phrasesHtml(text))}</span>`;
}
