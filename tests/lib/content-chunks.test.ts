import { describe, expect, it } from 'vitest';
import { contentChunk } from '../../src/lib/content-chunks.ts';

describe('contentChunk', () => {
  it('puts the chapters of one edition, with the variants Astro derives, into one chunk', () => {
    expect(contentChunk('/site/content/editions/2021/intro.mdx')).toBe('chapters-2021');
    expect(contentChunk('/site/content/editions/2021/intro.mdx?astroPropagatedAssets')).toBe('chapters-2021');
    expect(contentChunk('/site/content/editions/2021/index.mdx')).toBe('chapters-2021');
  });

  it('keeps editions apart and the press releases together', () => {
    expect(contentChunk('/site/content/editions/2020/a.mdx')).not.toBe(
      contentChunk('/site/content/editions/2021/a.mdx'),
    );
    expect(contentChunk('/site/content/press/2021-06-10-launch.mdx')).toBe('press');
  });

  it('reads Windows paths too', () => {
    expect(contentChunk('C:\\site\\content\\editions\\2021\\intro.mdx')).toBe('chapters-2021');
  });

  it('leaves every other module to Rolldown', () => {
    for (const id of [
      '/site/src/components/Figure.astro',
      '/site/src/pages/[year]/[slug].astro',
      '/site/content/editions/2021/figure.png',
      '/site/content/editions/2021/notes/intro.mdx',
      '/site/content/editions/21/intro.mdx',
      '/site/node_modules/astro/dist/runtime/server/index.js',
      '\0astro:content',
    ])
      expect(contentChunk(id)).toBeNull();
  });
});
