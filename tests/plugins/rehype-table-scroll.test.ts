import { describe, expect, it } from 'vitest';
import { rehypeTableScroll } from '../../src/plugins/rehype-table-scroll.ts';
import { fixture } from './run.ts';

describe('rehypeTableScroll', () => {
  it('wraps a GFM table in a focusable, labelled scroll region', async () => {
    const { actual, expected } = await fixture('table-scroll', { rehype: [rehypeTableScroll] });
    expect(actual).toBe(expected);
    expect(actual).toMatch(/^<div class="table-scroll" role="region" tabindex="0" aria-label="[^"]+"><table>/);
  });

  it('leaves a table the author already wrapped alone', async () => {
    const { actual, expected } = await fixture('table-scroll-wrapped', { rehype: [rehypeTableScroll] });
    expect(actual).toBe(expected);
    expect(actual.match(/table-scroll/g)).toHaveLength(1);
  });
});
