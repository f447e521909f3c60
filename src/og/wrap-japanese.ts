/**
 * Line breaking for short Japanese titles drawn into images, where no browser breaks lines for
 * us: lines break between the same phrases as the titles on the pages (src/lib/phrases.ts), with
 * kinsoku shori (no line starts with closing punctuation or a small kana, none ends with an
 * opening bracket). Only a phrase longer than a whole line is cut inside, keeping Latin words
 * and numbers whole.
 */
import { phrases } from '../lib/phrases.ts';

const NO_LINE_START = new Set([
  ...'、。，．・：；？！）」』】〕〉》”’ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々ゝゞヽヾ―…‥,.)!?:;',
]);
const NO_LINE_END = new Set([...'（「『【〔〈《“‘(']);

/** Width in full-width characters: half-width letters, digits and spaces count as half. */
function width(text: string): number {
  let w = 0;
  for (const c of text) w += c <= '\u00ff' ? 0.5 : 1;
  return w;
}

/** Pieces that must stay on one line: a Latin word or number, a space, or one character. */
function characters(text: string): string[] {
  return text.match(/[A-Za-z0-9][A-Za-z0-9.,%'’-]*|\s+|./gsu) ?? [];
}

/** Units a line may break between: phrases, spaces inside them, and the pieces of an over-long phrase. */
function units(text: string, perLine: number): string[] {
  return phrases(text)
    .flatMap((phrase) => phrase.split(/(\s+)/))
    .filter((unit) => unit !== '')
    .flatMap((unit) => (width(unit) > perLine ? characters(unit) : [unit]));
}

/**
 * Breaks `text` into lines of at most about `perLine` full-width characters (a line may overflow
 * by a character or two to respect kinsoku). At most `maxLines` lines; the last is cut with 「…」.
 */
export function wrapJapanese(text: string, perLine: number, maxLines = Infinity): string[] {
  const lines: string[] = [];
  let line = '';
  for (const unit of units(text.trim(), perLine)) {
    const first = [...unit][0];
    if (width(line + unit) > perLine && line.trim() !== '' && !NO_LINE_START.has(first)) {
      let [kept, carry] = [line, ''];
      while (kept !== '' && NO_LINE_END.has([...kept].at(-1)!)) {
        carry = [...kept].at(-1)! + carry;
        kept = [...kept].slice(0, -1).join('');
      }
      if (kept.trim() === '') {
        line += unit;
        continue;
      }
      lines.push(kept.trimEnd());
      line = carry + unit.trimStart();
    } else {
      line += unit;
    }
  }
  if (line.trim() !== '') lines.push(line.trim());
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = [...kept[maxLines - 1]].slice(0, Math.max(1, perLine - 1)).join('') + '…';
  return kept;
}
