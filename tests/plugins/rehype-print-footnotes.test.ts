import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { rehypeBookIds } from '../../src/plugins/rehype-book-ids.ts';
import { rehypePrintFootnotes } from '../../src/plugins/rehype-print-footnotes.ts';
import { bookHtml, processBook } from '../helpers/book-html.ts';

const print = async (chapters: string[]) =>
  cheerio.load(await processBook(await bookHtml(chapters), [rehypeBookIds, rehypePrintFootnotes]));

describe('rehypePrintFootnotes', () => {
  it('sets each note where it is called and removes the list at the end', async () => {
    const $ = await print([
      '本文[^a]。続き[^b]。\n\n[^a]: 最初の注。[出典](https://example.org/a)\n[^b]: 二つ目の注。',
      '別の章[^a]。\n\n[^a]: 別の章の注。',
    ]);
    expect($('section[data-footnotes], sup, [data-footnote-backref]')).toHaveLength(0);
    expect(
      $('span.footnote')
        .map((_, el) => $(el).text())
        .get(),
    ).toEqual(['最初の注。出典', '二つ目の注。', '別の章の注。']);
    expect($('span.footnote a').attr('href')).toBe('https://example.org/a');
    expect($('span.footnote [id]')).toHaveLength(0);
    expect($('section[data-book-part="ch1"] p').first().text()).toBe('本文最初の注。出典。続き二つ目の注。。');
  });

  it('prints a note called twice at each call', async () => {
    const $ = await print(['一[^x]、二[^x]。\n\n[^x]: 同じ注。']);
    expect(
      $('span.footnote')
        .map((_, el) => $(el).text())
        .get(),
    ).toEqual(['同じ注。', '同じ注。']);
  });

  it('joins the paragraphs of a long note with a space', async () => {
    const $ = await print(['本文[^1]。\n\n[^1]: 一段落目。\n\n    二段落目。']);
    expect($('span.footnote').text()).toBe('一段落目。 二段落目。');
  });

  it('says which call has no note', async () => {
    const html = '<p>本文<sup><a href="#fn-9" data-footnote-ref>9</a></sup></p>';
    await expect(processBook(html, [rehypePrintFootnotes])).rejects.toThrow(/脚注 #fn-9 の本文が見つかりません/);
  });
});
