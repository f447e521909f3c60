/**
 * The buttons above a body in the browser editor: a component goes in at the cursor as paragraphs
 * of its own (or around the selection), nothing written is lost, and the first mark to fill in is
 * selected; 「次の【要記入】」 walks the marks and comes round to the top.
 */
import { describe, expect, it } from 'vitest';
import { insertSnippet, nextPlaceholder, SELECTION, type Snippet } from '../../../src/lib/admin/insert-snippet.ts';

const MARK = '【要記入】';
const block: Snippet = { label: '箱', hint: '', block: true, text: `<Box title="${MARK}題">\n${MARK}本文\n</Box>` };
const wrap: Snippet = {
  label: '囲み',
  hint: '',
  block: true,
  text: `<Box>\n${SELECTION}\n</Box>`,
  empty: `${MARK}本文`,
};
const ruby: Snippet = {
  label: 'ルビ',
  hint: '',
  block: false,
  text: `｜${SELECTION}《${MARK}読み》`,
  empty: `${MARK}親文字`,
};
const selected = ({ value, start, end }: { value: string; start: number; end: number }) => value.slice(start, end);

describe('insertSnippet', () => {
  it('puts a block into an empty body, ending the file with a line break, and selects its first mark', () => {
    const edit = insertSnippet('', 0, 0, block, MARK);
    expect(edit.value).toBe(`<Box title="${MARK}題">\n${MARK}本文\n</Box>\n`);
    expect(selected(edit)).toBe(`${MARK}題`);
  });

  it('separates a block from the paragraphs around it by one blank line, whatever the cursor had around it', () => {
    const cases: [string, number, string][] = [
      ['前。\n\n後。\n', 4, `前。\n\n${block.text}\n\n後。\n`],
      ['前。\n後。\n', 3, `前。\n\n${block.text}\n\n後。\n`],
      ['前。後。', 2, `前。\n\n${block.text}\n\n後。`],
      ['前。\n', 3, `前。\n\n${block.text}\n`],
      ['前。', 2, `前。\n\n${block.text}\n`],
    ];
    for (const [value, at, expected] of cases) expect(insertSnippet(value, at, at, block, MARK).value).toBe(expected);
  });

  it('puts a block after the selection, keeping the selected text', () => {
    const edit = insertSnippet('一。二。', 0, 2, block, MARK);
    expect(edit.value).toBe(`一。\n\n${block.text}\n\n二。`);
    expect(selected(edit)).toBe(`${MARK}題`);
  });

  it('wraps the selection when the snippet says where it goes, or puts the mark there', () => {
    const edit = insertSnippet('前。\n\n囲む段落。\n\n後。', 4, 9, wrap, MARK);
    expect(edit.value).toBe('前。\n\n<Box>\n囲む段落。\n</Box>\n\n後。');
    // No mark in what was inserted: the cursor goes after it.
    expect([edit.start, edit.end]).toEqual([edit.value.indexOf('</Box>') + 6, edit.value.indexOf('</Box>') + 6]);
    expect(insertSnippet('', 0, 0, wrap, MARK).value).toBe(`<Box>\n${MARK}本文\n</Box>\n`);
  });

  it('puts an inline snippet inside the paragraph, around the selected word, and selects what is left to fill', () => {
    const edit = insertSnippet('地域へ移ることは都落ちなのか。', 8, 11, ruby, MARK);
    expect(edit.value).toBe(`地域へ移ることは｜都落ち《${MARK}読み》なのか。`);
    expect(selected(edit)).toBe(`${MARK}読み`);
    const empty = insertSnippet('語。', 1, 1, ruby, MARK);
    expect(empty.value).toBe(`語｜${MARK}親文字《${MARK}読み》。`);
    expect(selected(empty)).toBe(`${MARK}親文字`);
  });

  it('never selects a mark written before the inserted text', () => {
    const edit = insertSnippet(`${MARK}前の印。\n`, 9, 9, wrap, MARK);
    expect(selected(edit)).toBe(`${MARK}本文`);
    const after = insertSnippet(`${MARK}前の印。\n\n囲む。\n`, 10, 13, wrap, MARK);
    expect(after.start).toBe(after.end);
    expect(after.start).toBeGreaterThan(after.value.indexOf('</Box>'));
  });
});

describe('nextPlaceholder', () => {
  const text = `<F caption="${MARK}見出し" source="${MARK}出典">\n\n| ${MARK}列 | ${MARK}列 |\n`;
  it('selects each mark with its note, up to a quote, space or table bar, then comes round to the top', () => {
    const found: string[] = [];
    let at = 0;
    for (let i = 0; i < 5; i++) {
      const next = nextPlaceholder(text, at, MARK)!;
      found.push(text.slice(next.start, next.end));
      at = next.end;
    }
    expect(found).toEqual([`${MARK}見出し`, `${MARK}出典`, `${MARK}列`, `${MARK}列`, `${MARK}見出し`]);
  });

  it('stops the note at a ruby bracket, a tag or a brace, and finds nothing in a text without a mark', () => {
    expect(nextPlaceholder(`｜語《${MARK}読み》`, 0, MARK)).toEqual({ start: 3, end: 10 });
    expect(nextPlaceholder(`<Q>${MARK}問い</Q>`, 0, MARK)).toEqual({ start: 3, end: 10 });
    expect(nextPlaceholder(`{/* ${MARK}本文を書く。 */}`, 0, MARK)).toEqual({ start: 4, end: 15 });
    expect(nextPlaceholder('書き終えた本文。', 0, MARK)).toBeUndefined();
  });
});
