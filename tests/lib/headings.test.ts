import { describe, expect, it } from 'vitest';
import { contentsOf, sectionsOf } from '../../src/lib/headings.ts';

describe('contentsOf', () => {
  it('keeps ## and ### headings and drops the footnotes heading', () => {
    const headings = [
      { depth: 1, slug: 'title', text: '題' },
      { depth: 2, slug: 'a', text: 'A' },
      { depth: 3, slug: 'a-1', text: 'A-1' },
      { depth: 4, slug: 'deep', text: '深い' },
      { depth: 2, slug: 'footnote-label', text: '脚注' },
    ];
    expect(contentsOf(headings).map((h) => h.slug)).toEqual(['a', 'a-1']);
  });
});

describe('sectionsOf', () => {
  it('keeps only the ## sections, without the footnotes heading', () => {
    const headings = [
      { depth: 2, slug: 'a', text: 'A' },
      { depth: 3, slug: 'a-1', text: 'A-1' },
      { depth: 2, slug: 'footnote-label', text: '脚注' },
      { depth: 2, slug: 'b', text: 'B' },
    ];
    expect(sectionsOf(headings).map((h) => h.slug)).toEqual(['a', 'b']);
  });
});
