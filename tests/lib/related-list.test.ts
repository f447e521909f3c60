import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { phrasesHtml } from '../../src/lib/phrases.ts';
import { relatedItemsHtml, type RelatedItem } from '../../src/lib/related-list.ts';

const item = (over: Partial<RelatedItem> = {}): RelatedItem => ({
  year: 2020,
  accent: '#245f8a',
  editionHref: '/2020/',
  order: 3,
  href: '/2020/widening/',
  title: '働く「場」を、一つの会社から地域へ',
  shared: [{ type: 'sign', label: 'パラレルワーク', href: '/signs/parallel/' }],
  ...over,
});

describe('relatedItemsHtml', () => {
  it('gives each chapter its edition in the edition colour, its number, its title and the chips it shares', () => {
    const $ = cheerio.load(
      `<ol>${relatedItemsHtml([item(), item({ year: 2021, accent: '#2f6b3a', editionHref: '/2021/', order: 5, href: '/2021/x/', shared: [] })]).html}</ol>`,
    );
    const [first, second] = $('ol > li')
      .toArray()
      .map((li) => $(li));
    expect(first.attr('style')).toBe('--accent: #245f8a');
    expect(first.find('.eyebrow a.year-mark').attr('href')).toBe('/2020/');
    expect(first.find('.eyebrow').text()).toBe('2020年版第3章');
    expect(first.find('h3 a').attr('href')).toBe('/2020/widening/');
    expect(first.find('h3 a .phrases').html()).toBe(phrasesHtml('働く「場」を、一つの会社から地域へ'));
    expect(first.find('ul.chips').attr('aria-label')).toBe('共通する問いと兆し');
    expect(first.find('.chip').attr('href')).toBe('/signs/parallel/');
    // A chapter that shares nothing printable has no empty list.
    expect(second.find('ul').length).toBe(0);
    expect(second.find('h3 a').attr('href')).toBe('/2021/x/');
  });

  it('is nothing for no chapters', () => {
    expect(relatedItemsHtml([]).html).toBe('');
  });

  it('escapes what it is given', () => {
    const $ = cheerio.load(relatedItemsHtml([item({ title: '<script>&', href: '/a"b/' })]).html);
    expect($('h3 a').attr('href')).toBe('/a"b/');
    expect($('h3 a').text()).toBe('<script>&');
    expect($('script').length).toBe(0);
  });
});
