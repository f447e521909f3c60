/**
 * Matching a query against the text readers see, shared by the build (which indexes character
 * pairs) and the search page (which looks them up and finds the query in a page's text). Nothing
 * here segments Japanese into words: a query matches where its characters occur, in any browser.
 */

/** A query word is matched case-insensitively after NFKC, so ＨＥＬＩＸ, ﾐｷﾞｳﾃﾞ and Ｇ－ｎｅｔ find HELIX, ミギウデ, G-net. */
const foldChunk = (chunk: string) => chunk.normalize('NFKC').toLowerCase();

/** A base character with the marks that compose with it (combining marks, half-width ﾞ ﾟ). */
const CLUSTER = /\P{M}[\p{M}\uFF9E\uFF9F]*|[\p{M}\uFF9E\uFF9F]+/gsu;

export interface FoldedText {
  /** The text after NFKC and lower-casing, each run of white space as one space. */
  folded: string;
  /** For each UTF-16 unit of `folded`, where its source character starts in the original text. */
  starts: number[];
  /** Likewise, where its source character ends. */
  ends: number[];
}

/** Folds a text and keeps, for each folded unit, the span of the original it came from (for excerpts). */
export function foldText(text: string): FoldedText {
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  for (const match of text.matchAll(CLUSTER)) {
    const start = match.index;
    const end = start + match[0].length;
    let chunk = foldChunk(match[0]);
    if (/^\s+$/u.test(chunk)) {
      if (folded === '' || folded.endsWith(' ')) continue;
      chunk = ' ';
    }
    folded += chunk;
    for (let i = 0; i < chunk.length; i++) {
      starts.push(start);
      ends.push(end);
    }
  }
  if (folded.endsWith(' ')) {
    folded = folded.slice(0, -1);
    starts.pop();
    ends.pop();
  }
  return { folded, starts, ends };
}

/**
 * Folds a text without keeping the offsets: the same result as `foldText(text).folded` (NFKC
 * composes within a base character and its marks, which foldText keeps together), made faster.
 */
export const fold = (text: string): string => foldChunk(text).replace(/\s+/gu, ' ').trim();

/**
 * The words of a query, folded: a part in double quotes is one phrase, spaces included; the rest
 * splits at spaces. Every word must occur in a page for the page to match.
 */
export function queryWords(query: string): string[] {
  const words: string[] = [];
  const rest = fold(query.replace(/[“”]/gu, '"')).replace(/"([^"]*)"?/gu, (_, phrase: string) => {
    if (phrase.trim()) words.push(phrase.trim());
    return ' ';
  });
  words.push(...rest.split(' ').filter(Boolean));
  return [...new Set(words)];
}

/**
 * What the index holds for a folded text: every character, and every pair of adjacent characters
 * (code points, so 𠮷 is one) within a run without spaces. A one-character run is looked up as
 * itself, a longer one by its pairs.
 */
export function gramsOf(word: string): string[] {
  const grams = new Set<string>();
  for (const part of word.split(' ')) {
    const chars = Array.from(part);
    if (chars.length === 1) grams.add(chars[0]);
    for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i] + chars[i + 1]);
  }
  return [...grams];
}

const PLANE = 0x110000;

/**
 * Calls `visit` with every gram of a folded text in order, as a number (no string to build and
 * hash: the build reads millions): its characters and its pairs; pairs do not span spaces.
 */
export function forEachGramCode(folded: string, visit: (code: number) => void): void {
  let previous = -1;
  for (let i = 0; i < folded.length; i++) {
    const char = folded.codePointAt(i)!;
    if (char > 0xffff) i++;
    if (char === 0x20) {
      previous = -1;
      continue;
    }
    visit(char);
    if (previous !== -1) visit((previous + 1) * PLANE + char);
    previous = char;
  }
}

/** The gram a code of forEachGramCode stands for. */
export function gramOfCode(code: number): string {
  return code < PLANE
    ? String.fromCodePoint(code)
    : String.fromCodePoint(Math.floor(code / PLANE) - 1) + String.fromCodePoint(code % PLANE);
}

/** Every gram of a folded text with how often it occurs; spaces are not indexed. */
export function textGrams(folded: string): Map<string, number> {
  const counts = new Map<string, number>();
  forEachGramCode(folded, (code) => {
    const gram = gramOfCode(code);
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  });
  return counts;
}

/** Which shard of the index holds a gram (FNV-1a over its UTF-16 units). */
export function shardOf(gram: string, shards: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < gram.length; i++) {
    hash ^= gram.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % shards;
}

/** Where each word occurs in a folded text, as [start, end) ranges of the folded text, in order. */
export function occurrences(folded: string, words: string[]): [number, number][] {
  const found: [number, number][] = [];
  for (const word of words) {
    for (let at = folded.indexOf(word); at !== -1; at = folded.indexOf(word, at + word.length)) {
      found.push([at, at + word.length]);
    }
  }
  return found.sort((a, b) => a[0] - b[0]);
}

/**
 * Spelling variants (表記ゆれ): a second, looser fold of a folded text (after `foldText`), under
 * which a query and a text also meet when they spell a word differently. Each rule may over-match,
 * which is why pages that match only this way come after the exact ones, labelled:
 * - katakana as hiragana (キャリア = きゃりあ, small kana and ヴ too; ー stays): a katakana word
 *   also meets the same sounds in hiragana (ぷろぼの also finds a page that writes ぷろぼの);
 * - 中黒, hyphens and dashes are dropped, and spaces between Japanese characters: ローカル・キャリア =
 *   ローカルキャリア, COVID-19 = covid19; words on either side of a line or block break meet;
 * - 々 (and ゝ ヽ) repeat the character before: 人々 = 人人;
 * - one hiragana between two kanji is dropped (取り組み = 取組み), unless it is one of the particles
 *   の を が は へ と で に も や (地方の副業 stays itself): an okurigana among those kana is not
 *   folded, and any other kana between kanji is, inside a word or not (ここが大事 is untouched,
 *   大いに 問い直す = 問直す, 少し前 = 少前). A query's last one or two hiragana after a kanji are dropped
 *   too, at the last level (queryVariant: 取組み = 取組), so 取組む finds 取り組み, and 組合 (組合せ)
 *   finds 組合 (労働組合) after the pages that hold the fuller form.
 */
const SEPARATOR = /^[・\-‐‑‒–—―=゠]$/u;
const KATAKANA = /^[\u30a1-\u30f6\u30fd\u30fe]$/u;
const HAN = /^[\p{Script=Han}々]$/u;
const HIRAGANA = /^[\u3041-\u3096]$/u;
const PARTICLE = /^[のをがはへとでにもや]$/u;
const JAPANESE = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々]$/u;
const ITERATION = /^[々ゝヽ]$/u;

/** What the rules ask of a character, as bits: which of the patterns above it matches. */
const [IS_SEPARATOR, IS_KATAKANA, IS_HAN, IS_HIRAGANA, IS_PARTICLE, IS_JAPANESE, IS_ITERATION, KNOWN] = [
  1, 2, 4, 8, 16, 32, 64, 128,
];
/** The bits of each character met so far: the patterns run once per character, not once per occurrence. */
let bmpKinds: Uint8Array | undefined;
const astralKinds = new Map<number, number>();

function kindOf(char: string | undefined): number {
  if (!char) return 0;
  const code = char.codePointAt(0)!;
  bmpKinds ??= new Uint8Array(0x10000);
  let kind = code < 0x10000 ? bmpKinds[code] : (astralKinds.get(code) ?? 0);
  if (kind === 0) {
    kind =
      KNOWN |
      (SEPARATOR.test(char) ? IS_SEPARATOR : 0) |
      (KATAKANA.test(char) ? IS_KATAKANA : 0) |
      (HAN.test(char) ? IS_HAN : 0) |
      (HIRAGANA.test(char) ? IS_HIRAGANA : 0) |
      (PARTICLE.test(char) ? IS_PARTICLE : 0) |
      (JAPANESE.test(char) ? IS_JAPANESE : 0) |
      (ITERATION.test(char) ? IS_ITERATION : 0);
    if (code < 0x10000) bmpKinds[code] = kind;
    else astralKinds.set(code, kind);
  }
  return kind;
}

/** The variant rules over the characters of a folded text: `keep` gets each character kept, as it becomes, with its index. */
function foldVariants(chars: readonly string[], keep: (next: string, index: number) => void): void {
  let previous = '';
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i];
    const kind = kindOf(char);
    if (kind & IS_SEPARATOR) continue;
    if (char === ' ' && kindOf(chars[i - 1]) & IS_JAPANESE && kindOf(chars[i + 1]) & IS_JAPANESE) continue;
    const between = kindOf(chars[i - 1]) & kindOf(chars[i + 1]) & IS_HAN;
    if (kind & IS_HIRAGANA && !(kind & IS_PARTICLE) && between) continue;
    let next = char;
    if (kind & IS_ITERATION && previous !== '' && previous !== ' ') next = previous;
    else if (kind & IS_KATAKANA) next = String.fromCharCode(char.charCodeAt(0) - 0x60);
    previous = next;
    keep(next, i);
  }
}

/** Folds an already folded text (with its offsets) by the variant rules; offsets still point into the original. */
export function variantOf({ folded, starts, ends }: FoldedText): FoldedText {
  const chars = Array.from(folded);
  const spans: [number, number][] = [];
  let at = 0;
  for (const char of chars) {
    spans.push([starts[at], ends[at + char.length - 1]]);
    at += char.length;
  }
  const out: FoldedText = { folded: '', starts: [], ends: [] };
  foldVariants(chars, (next, i) => {
    out.folded += next;
    for (let k = 0; k < next.length; k++) {
      out.starts.push(spans[i][0]);
      out.ends.push(spans[i][1]);
    }
  });
  return out;
}

/** A folded text by the variant rules, without offsets (the build folds every page's text). */
export const variantFold = (folded: string): string => {
  const kept: string[] = [];
  foldVariants(Array.from(folded), (next) => kept.push(next));
  return kept.join('');
};

/**
 * A folded query word as the variant index holds it: variantFold, and with `strip` less the last one
 * or two hiragana after a kanji (取り組み → 取組, 組合せ → 組合) when at least two characters are
 * left, so whatever okurigana the page writes still matches.
 */
export function queryVariant(word: string, strip = true): string {
  const folded = variantFold(word);
  if (!strip) return folded;
  const stripped = folded.replace(/(?<=[\p{Script=Han}々])[\u3041-\u3096]{1,2}$/u, '');
  return Array.from(stripped).length >= 2 ? stripped : folded;
}
