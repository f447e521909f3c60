import { describe, expect, it } from 'vitest';
import { rehypeTableScroll } from '../../src/plugins/rehype-table-scroll.ts';
import { remarkFigures } from '../../src/plugins/remark-figures.ts';
import { fixture, toJs } from '../helpers/render-markdown.ts';

describe('rehypeTableScroll', () => {
  it('wraps a GFM table in a focusable, labelled scroll region', async () => {
    const { actual, expected } = await fixture('table-scroll', { hast: [rehypeTableScroll] });
    expect(actual).toBe(expected);
    expect(actual).toMatch(
      /^<section class="table-scroll" tabindex="0" aria-label="表1（横にスクロールできます）"><table>/,
    );
  });

  it('numbers the regions so each has its own name on the page', async () => {
    const { actual, expected } = await fixture('table-scroll-many', { hast: [rehypeTableScroll] });
    expect(actual).toBe(expected);
    expect(actual.match(/aria-label="表\d/g)).toEqual(['aria-label="表1', 'aria-label="表2']);
  });

  it('leaves a table the author already wrapped alone', async () => {
    const { actual, expected } = await fixture('table-scroll-wrapped', { hast: [rehypeTableScroll] });
    expect(actual).toBe(expected);
    expect(actual.match(/table-scroll/g)).toHaveLength(1);
  });

  it('names a table in a <Figure> by the figure number, and only a table directly in it', async () => {
    const table = '| 年 | 人数 |\n| --- | --- |\n| 2021 | 12 |';
    const figure = (inner: string) => `<Figure caption="表" source="出典">\n\n${inner}\n\n</Figure>`;
    const source = [figure(table), figure(`<div>\n\n${table}\n\n</div>`), figure(table)].join('\n\n');
    const { code } = await toJs(source, { mdast: [remarkFigures], hast: [rehypeTableScroll] }, { order: 4 });
    expect([...code.matchAll(/"aria-label": "([^"]*)"/g)].map(([, label]) => label)).toEqual([
      '表4-1（横にスクロールできます）',
      '表2（横にスクロールできます）',
      '表4-3（横にスクロールできます）',
    ]);
  });
});
