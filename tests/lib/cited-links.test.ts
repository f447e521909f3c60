import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { citedLinks, collectSources } from '../../src/lib/cited-links.ts';

const parse = (mdx: string) => unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(mdx) as Root;

describe('citedLinks', () => {
  it('finds links in the text, URLs in footnotes labelled by the words before them, and figure sources', () => {
    const mdx = [
      '本文の[特設ページ](https://example.test/event)を見る。[^1]',
      '',
      '<Figure caption="表" source="ある調査" sourceUrl="https://example.test/survey">',
      '',
      '| a | b |',
      '| - | - |',
      '| 1 | 2 |',
      '',
      '</Figure>',
      '',
      '[^1]: 白書に関する記事：https://a.example.test/1 、https://b.example.test/2 。第1弾を伝える記事（2020年10月30日付）https://c.example.test/3',
    ].join('\n');
    expect(citedLinks(parse(mdx))).toEqual([
      { url: 'https://example.test/event', text: '特設ページ', where: 'body' },
      { url: 'https://a.example.test/1', text: '白書に関する記事', where: 'footnote' },
      { url: 'https://b.example.test/2', text: '白書に関する記事', where: 'footnote' },
      { url: 'https://c.example.test/3', text: '第1弾を伝える記事（2020年10月30日付）', where: 'footnote' },
      { url: 'https://example.test/survey', text: 'ある調査', where: 'figure' },
    ]);
  });

  it('ignores links inside the site', () => {
    expect(citedLinks(parse('[目次](/2021/#contents) と [章](../a/)'))).toEqual([]);
  });
});

describe('collectSources', () => {
  it('lists each URL once with the best label and every page citing it, grouped by host', () => {
    const sources = collectSources([
      {
        title: 'この版について',
        path: '/2021/',
        year: 2021,
        links: [
          { url: 'https://b.example.test/x/', text: '版の出典の名前', where: 'edition-source' },
          { url: 'https://a.example.test/', text: '', where: 'body' },
        ],
      },
      {
        title: '第1章',
        path: '/2021/one/',
        year: 2021,
        links: [
          { url: 'https://b.example.test/x', text: '脚注の言葉', where: 'footnote' },
          { url: 'https://b.example.test/x#part', text: '', where: 'source' },
        ],
      },
      {
        title: 'リリース',
        path: '/press/r/',
        links: [{ url: 'https://a.example.test/', text: 'リリース名', where: 'source' }],
      },
    ]);
    expect(sources).toEqual([
      {
        url: 'https://a.example.test/',
        label: 'リリース名',
        host: 'a.example.test',
        citedBy: [
          { title: 'この版について', path: '/2021/', year: 2021, where: ['body'] },
          { title: 'リリース', path: '/press/r/', where: ['source'] },
        ],
      },
      {
        url: 'https://b.example.test/x/',
        label: '版の出典の名前',
        host: 'b.example.test',
        citedBy: [
          { title: 'この版について', path: '/2021/', year: 2021, where: ['edition-source'] },
          { title: '第1章', path: '/2021/one/', year: 2021, where: ['footnote', 'source'] },
        ],
      },
    ]);
  });
});
