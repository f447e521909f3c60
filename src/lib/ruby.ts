/**
 * Ruby in the 青空文庫 notation that editors write in chapters (でんでんマークダウン reads it
 * too): 都落ち《みやこおち》, or ｜地域おこし協力隊《ちいきおこしきょうりょくたい》 where a bar marks
 * the start of the base. MDX cannot take the {漢字|かんじ} form: braces start an expression there.
 */
import { HIRAGANA, KANJI, KATAKANA, LATIN } from './japanese-scripts.ts';

export interface Ruby {
  base: string;
  reading: string;
}

export interface RubyProblem {
  /** Offset in the text where the faulty notation starts. */
  offset: number;
  /** What is wrong and how to write it, in Japanese. */
  message: string;
}

/** Okurigana taken into the base with the kanji before them (都落ち《みやこおち》), at most this many. */
const MAX_OKURIGANA = 3;

/**
 * Where the base of a ruby without a bar starts, given the text before 《: the kanji just before
 * (with up to three kana of okurigana after them), or else a run of katakana or of Latin letters.
 * -1 when there is none (a reading after a particle, a space or punctuation).
 */
function baseStart(before: string): number {
  // Reads code points back from the end only as far as the rule looks: the text before may be a whole page.
  const back = (at: number) =>
    at >= 2 && /[\uDC00-\uDFFF]/.test(before[at - 1]) && /[\uD800-\uDBFF]/.test(before[at - 2]) ? at - 2 : at - 1;
  const charBefore = (at: number) => before.slice(back(at), at);
  let i = before.length;
  for (let kana = 0; i > 0 && kana < MAX_OKURIGANA && HIRAGANA.test(charBefore(i)); kana += 1) i = back(i);
  if (i < before.length && !(i > 0 && KANJI.test(charBefore(i)))) i = before.length; // kana not after kanji
  for (const script of i < before.length ? [KANJI] : [KANJI, KATAKANA, LATIN]) {
    let j = i;
    while (j > 0 && script.test(charBefore(j))) j = back(j);
    if (j < i) return j;
  }
  return -1;
}

const NOTATION = /[｜《]/g;

/**
 * Splits `text` into plain text and rubies. Faulty notation is left as it was written and
 * reported: 《》 without a reading, 《 without 》, ｜ without 《…》 after it on the same line, and
 * a reading with nothing before it to put it on.
 */
export function parseRuby(text: string): { parts: (string | Ruby)[]; problems: RubyProblem[] } {
  const parts: (string | Ruby)[] = [];
  const problems: RubyProblem[] = [];
  let plain = '';
  let i = 0;
  let lineEnd = -1;
  while (i < text.length) {
    const bar = text[i] === '｜';
    const open = bar ? text.indexOf('《', i) : text[i] === '《' ? i : -1;
    if (!bar && open === -1) {
      // Plain text runs on to the next ｜ or 《, taken whole.
      NOTATION.lastIndex = i;
      const next = NOTATION.exec(text)?.index ?? text.length;
      plain += text.slice(i, next);
      i = next;
      continue;
    }
    // The end of the line, looked up again only once i has passed it: a page has many rubies on few lines.
    if (lineEnd < i) lineEnd = text.indexOf('\n', i) === -1 ? text.length : text.indexOf('\n', i);
    if (open === -1 || open > lineEnd || text.slice(i + 1, open).includes('｜')) {
      problems.push({
        offset: i,
        message:
          '｜ の後に《読み》がありません。ルビは ｜地域おこし協力隊《ちいきおこしきょうりょくたい》 のように、｜ 親文字《読み》 を1行の中に書いてください。｜ を文字として使うなら、全角の縦棒ではなく別の記号にしてください。',
      });
      plain += text[i];
      i += 1;
      continue;
    }
    const close = text.indexOf('》', open);
    if (close === -1 || close > lineEnd || /[《｜]/.test(text.slice(open + 1, close))) {
      problems.push({
        offset: open,
        message: '《 に対応する 》 がありません。ルビは 都落ち《みやこおち》 のように《読み》で閉じてください。',
      });
      plain += text.slice(i, open + 1);
      i = open + 1;
      continue;
    }
    const reading = text.slice(open + 1, close);
    if (reading.trim() === '') {
      problems.push({
        offset: open,
        message: '《》 の中に読みがありません。都落ち《みやこおち》 のように読みを書くか、《》 を消してください。',
      });
      plain += text.slice(i, close + 1);
      i = close + 1;
      continue;
    }
    let base: string;
    if (bar) {
      base = text.slice(i + 1, open);
    } else {
      const start = baseStart(plain);
      if (start === -1) {
        problems.push({
          offset: open,
          message: `《${reading}》の前にルビを振る文字がありません。漢字・カタカナ以外に振るときは ｜親文字《${reading}》 のように ｜ で始まりを示してください。`,
        });
        plain += text.slice(i, close + 1);
        i = close + 1;
        continue;
      }
      base = plain.slice(start);
      plain = plain.slice(0, start);
    }
    if (base === '') {
      problems.push({
        offset: i,
        message: '｜ と《 の間に親文字がありません。｜親文字《読み》 の形で書いてください。',
      });
      plain += text.slice(i, close + 1);
      i = close + 1;
      continue;
    }
    if (plain !== '') parts.push(plain);
    parts.push({ base, reading });
    plain = '';
    i = close + 1;
  }
  if (plain !== '') parts.push(plain);
  return { parts, problems };
}

/** The text as a reader reads it: each ruby as its base alone, faulty notation as written. */
export function rubyBaseText(text: string): string {
  if (!/[《｜]/.test(text)) return text;
  return parseRuby(text)
    .parts.map((part) => (typeof part === 'string' ? part : part.base))
    .join('');
}

/**
 * The ruby problems of a chapter body, with line numbers counted from `firstLine`. Code (fenced
 * blocks and `inline code`) is skipped: there 《 and ｜ are just characters.
 */
export function rubyProblems(body: string, firstLine = 1): { line: number; message: string }[] {
  const found: { line: number; message: string }[] = [];
  let fence: string | undefined;
  for (const [index, line] of body.split('\n').entries()) {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence !== undefined) {
      if (marker !== undefined && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      continue;
    }
    if (marker !== undefined) {
      fence = marker;
      continue;
    }
    const text = line.replace(/(`+)[^`]*?\1/g, (code) => ' '.repeat(code.length));
    for (const problem of parseRuby(text).problems) found.push({ line: firstLine + index, message: problem.message });
  }
  return found;
}
