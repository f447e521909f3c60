/**
 * Line breaking for short Japanese titles drawn into images, where no browser breaks lines for
 * us: a fixed number of characters per line, with kinsoku shori (no line starts with closing
 * punctuation or a small kana, none ends with an opening bracket), and runs of Latin letters
 * and digits kept whole.
 */

const NO_LINE_START = new Set([
  ...'、。，．・：；？！）」』】〕〉》”’ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々ゝゞヽヾ―…‥,.)!?:;',
]);
const NO_LINE_END = new Set([...'（「『【〔〈《“‘(']);

/** Splits text into units that must stay on one line: a Latin word or number, or one character. */
function units(text: string): string[] {
  return text.match(/[A-Za-z0-9][A-Za-z0-9.,%'’-]*|\s+|./gsu) ?? [];
}

/**
 * Breaks `text` into lines of at most about `perLine` characters (a unit may overflow by a
 * character or two to respect kinsoku). At most `maxLines` lines; the last is cut with 「…」.
 */
export function wrapJapanese(text: string, perLine: number, maxLines = Infinity): string[] {
  const lines: string[] = [];
  let line = '';
  for (const unit of units(text.trim())) {
    const length = [...line].length + [...unit].length;
    const first = [...unit][0];
    if (length > perLine && line !== '' && !NO_LINE_START.has(first)) {
      let carry = '';
      while (line !== '' && NO_LINE_END.has([...line].at(-1)!)) {
        carry = [...line].at(-1)! + carry;
        line = [...line].slice(0, -1).join('');
      }
      lines.push(line.trimEnd());
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
