/**
 * The figures of a fixture chapter (tests/plugins/fixtures/figures/input.mdx) through a real build
 * of the fixture corpus, as `npm run build` makes it: numbers, anchors, and the CSV of a table of
 * commas, quotes, line breaks and full-width text, byte for byte. Beside it, a .md chapter with a
 * table captioned in plain Markdown (: 見出し, 出典: …): numbered, listed, downloadable as CSV, with
 * the same link, CSV and citation block under it as a <Figure> in MDX.
 */
import * as cheerio from 'cheerio';
import type { Element } from 'domhandler';
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { addFiguresChapter, addPlainTableChapter, FIGURES_CSV } from '../helpers/figures-chapter.ts';
import { FIXTURE_CORPUS } from '../helpers/temp-corpus.ts';
import { buildSiteOrThrow } from '../helpers/build.ts';

const root = resolve('.tmp/test-dist/figures-fixture');
const out = join(root, 'dist');
const html = (path: string) => cheerio.load(readFileSync(join(out, path), 'utf8'));

/** The elements of a figure's link/CSV/citation block with their attribute names, to compare their shape. */
function shapeOf(block: cheerio.Cheerio<Element>): string[] {
  return [...block.toArray(), ...block.find('*').toArray()].map(
    (el) => `${el.tagName} ${Object.keys(el.attribs).join(' ')} ${el.attribs.class ?? ''}`,
  );
}

beforeAll(() => {
  rmSync(root, { recursive: true, force: true });
  const corpus = join(root, 'content');
  cpSync(FIXTURE_CORPUS, corpus, { recursive: true });
  addFiguresChapter(corpus);
  addPlainTableChapter(corpus);
  buildSiteOrThrow({ outDir: out, contentDir: corpus, base: '/' });
});

describe('figures in a fixture build', () => {
  it('numbers the chapter’s figures 図3-… and 表3-… with their anchors', () => {
    const $ = html('2091/tables/index.html');
    const numbers = $('.figure__number')
      .map((_, a) => `${$(a).text()} ${$(a).attr('href')}`)
      .get();
    expect(numbers).toEqual(['図3-1 #figure-hires', '表3-1 #table-1', '図3-2 #figure-2', '表3-2 #table-second-table']);
    for (const id of ['figure-hires', 'table-1', 'figure-2', 'table-second-table']) expect($(`#${id}`).length).toBe(1);
  });

  it('numbers a table captioned in Markdown in a .md chapter, with its caption and source', () => {
    const $ = html('2091/plain-table/index.html');
    const figure = $('figure#table-members');
    expect(figure.find('figcaption').text()).toBe('表4-1人数の推移');
    expect(figure.find('.figure__number').attr('href')).toBe('#table-members');
    expect(figure.find('table tbody tr').length).toBe(2);
    expect(figure.find('.figure__source').text()).toBe('出典: テスト用の資料');
    expect(figure.find('.figure__source a').attr('href')).toBe('https://example.test/members');
    expect($('.prose').text()).not.toContain(': 人数の推移');
  });

  it('puts the link, the CSV and the citation under a table captioned in a .md chapter, as <Figure> does in MDX', () => {
    const $ = html('2091/plain-table/index.html');
    const tools = $('figure#table-members > .figure-tools');
    expect(tools.length).toBe(1);
    expect($('figure#table-members > :last-child').is(tools)).toBe(true);
    expect(tools.attr('data-pagefind-ignore')).toBe('');
    const [link, csv] = tools
      .find('a')
      .toArray()
      .map((a) => $(a));
    expect(link.text()).toBe('表4-1へのリンク');
    expect(link.attr('href')).toBe('/2091/plain-table/#table-members');
    expect(csv.text()).toBe('表4-1のCSV');
    expect(csv.attr('download')).toBe('');
    expect(csv.attr('type')).toBe('text/csv');
    expect(readFileSync(join(out, csv.attr('href')!), 'utf8')).toBe('\uFEFF年,人数\r\n2020,12\r\n2021,38\r\n');
    expect(tools.find('details summary').text()).toBe('この図表を引用');
    const cite = tools.find('.figure-tools__cite').text();
    expect(cite).toContain('「表の章」');
    expect(cite).toContain('表4-1「人数の推移」');
    expect(cite.endsWith('https://example.test/2091/plain-table/#table-members')).toBe(true);
    // The same elements, attributes and place as under a table of an MDX chapter.
    const mdx = html('2091/tables/index.html');
    const mdxTools = mdx('figure#table-1 > .figure-tools');
    expect(mdx('figure#table-1 > :last-child').is(mdxTools)).toBe(true);
    expect(shapeOf(tools)).toEqual(shapeOf(mdxTools));
    expect($('.figure-tools').length).toBe(1);
  });

  it('writes the CSV of a table captioned in Markdown', () => {
    expect(readFileSync(join(out, '2091/plain-table/table-members.csv'), 'utf8')).toBe(
      '\uFEFF年,人数\r\n2020,12\r\n2021,38\r\n',
    );
  });

  it('writes the table’s CSV byte for byte: BOM, RFC 4180 quoting, CRLF, full-width text untouched', () => {
    expect(readFileSync(join(out, '2091/tables/table-1.csv'))).toEqual(FIGURES_CSV);
  });

  it('lists the figures and the key figure of the edition', () => {
    const $ = html('2091/figures/index.html');
    expect(
      $('.figure-list__link')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual([
      '/2091/tables/#figure-hires',
      '/2091/tables/#table-1',
      '/2091/tables/#figure-2',
      '/2091/tables/#table-second-table',
      '/2091/plain-table/#table-members',
    ]);
    const json = JSON.parse(readFileSync(join(out, '2091/figures/key-figures.json'), 'utf8'));
    expect(json).toEqual([
      {
        number: '図3-1',
        value: 112,
        valueAsPrinted: '112',
        unit: '人',
        label: '新卒で入社した人',
        asOf: '2021-04',
        source: 'NPO法人G-net',
        sourceUrl: null,
        page: '図表の章',
        url: 'https://example.test/2091/tables/#figure-hires',
      },
    ]);
  });
});
