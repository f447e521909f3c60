import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { rehypeBookLinks } from '../../src/plugins/rehype-book-links.ts';
import { processBook } from '../helpers/book-html.ts';

const options = { site: 'https://example.org/lcwp/', base: '/lcwp/', assets: '_astro/' };

describe('rehypeBookLinks', () => {
  it('turns links to site pages into URLs on the site and keeps other links', async () => {
    const $ = cheerio.load(
      await processBook(
        '<a href="/lcwp/2021/introduction/">章</a><a href="/questions/x/">問い</a><a href="#n">注</a><a href="https://note.com/a">外</a>',
        [[rehypeBookLinks, options]],
      ),
    );
    expect(
      $('a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual([
      'https://example.org/lcwp/2021/introduction/',
      'https://example.org/lcwp/questions/x/',
      '#n',
      'https://note.com/a',
    ]);
  });

  it('references built images beside the book', async () => {
    const $ = cheerio.load(
      await processBook('<img src="/lcwp/_astro/cover.abc.png" alt="">', [[rehypeBookLinks, options]]),
    );
    expect($('img').attr('src')).toBe('_astro/cover.abc.png');
  });

  it('marks a link whose text is its URL, so print does not repeat the URL', async () => {
    const $ = cheerio.load(
      await processBook(
        '<a class="external" href="https://note.com/a">https://note.com/a</a><a class="external" href="https://note.com/b">記事</a>',
        [[rehypeBookLinks, options]],
      ),
    );
    expect(
      $('a')
        .map((_, a) => $(a).attr('class'))
        .get(),
    ).toEqual(['external url', 'external']);
  });
});
