import { describe, expect, it } from 'vitest';
import { rehypeTableScroll } from '../../src/plugins/rehype-table-scroll.ts';
import { fixture } from '../helpers/render-markdown.ts';

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
});
