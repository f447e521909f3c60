import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { rehypeBookIds } from '../../src/plugins/rehype-book-ids.ts';
import { bookHtml, processBook } from '../helpers/book-html.ts';

/** Ids that occur more than once, and `#` links or aria references that point at no id. */
function problems(html: string) {
  const $ = cheerio.load(html);
  const ids = $('[id]')
    .map((_, el) => $(el).attr('id')!)
    .get();
  const known = new Set(ids);
  const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
  const dangling = [
    ...$('a[href^="#"]')
      .map((_, a) => decodeURIComponent($(a).attr('href')!.slice(1)))
      .get(),
    ...$('[aria-describedby]')
      .map((_, el) => $(el).attr('aria-describedby')!.split(/\s+/))
      .get(),
  ].filter((id) => !known.has(id));
  return { duplicates, dangling };
}

const chapter = (title: string, notes: number) =>
  [
    // Raw HTML, as Astro's heading ids are not part of the plain pipeline here.
    `<h2 id="${title}">${title}</h2>`,
    '',
    Array.from({ length: notes }, (_, i) => `本文${i + 1}[^${i + 1}]。`).join(''),
    '',
    ...Array.from({ length: notes }, (_, i) => `[^${i + 1}]: 注${i + 1}。`),
  ].join('\n');

describe('rehypeBookIds', () => {
  it('gives two chapters with the same heading and footnotes ids of their own, links following', async () => {
    const before = await bookHtml([chapter('はじめに', 2), chapter('はじめに', 2)]);
    expect(problems(before).duplicates.length).toBeGreaterThan(0);
    const after = await processBook(before, [rehypeBookIds]);
    expect(problems(after)).toEqual({ duplicates: [], dangling: [] });
    const $ = cheerio.load(after);
    expect($('section[data-book-part="ch2"] h2').attr('id')).toMatch(/^ch2-\d+$/);
    expect($('section[data-book-part="ch1"] a[data-footnote-ref]').first().attr('href')).toMatch(/^#ch1-\d+$/);
  });

  it('leaves ids and links outside the parts alone', async () => {
    const html = `<nav><a href="#ch1">1</a><a href="#top">top</a></nav><p id="top"></p>${await bookHtml([chapter('章', 1)])}`;
    const $ = cheerio.load(await processBook(html, [rehypeBookIds]));
    expect($('p').first().attr('id')).toBe('top');
    expect(
      $('nav a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual(['#ch1', '#top']);
  });

  it('keeps every id unique and every reference resolving over seeded random books', async () => {
    let seed = 11;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const titles = ['はじめに', 'まとめ', '地域で働く', 'Q&A', '問い', '兆し'];
    for (let book = 0; book < 20; book++) {
      const chapters = Array.from({ length: 1 + random(6) }, () =>
        [chapter(titles[random(titles.length)], random(5)), `## ${titles[random(titles.length)]}`].join('\n\n'),
      );
      const after = await processBook(await bookHtml(chapters), [rehypeBookIds]);
      expect(problems(after), `book ${book}`).toEqual({ duplicates: [], dangling: [] });
    }
  });
});
