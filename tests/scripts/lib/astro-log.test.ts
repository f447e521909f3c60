import { describe, expect, it } from 'vitest';
import { pagesStarted } from '../../../scripts/lib/astro-log.ts';

describe('pagesStarted', () => {
  it('reads the pages Astro starts, as it logs them without colour (lines run together as they arrive)', () => {
    const log =
      '11:58:45   ├─ /404.html11:58:45   ├─ /og/site.png11:58:45   ├─ /2021/intro/index.html (+45ms) \n' +
      '11:58:47   ├─ /people/person-island-youth-0179/index.html (+15ms) \n';
    expect(pagesStarted(log)).toEqual([
      '/404.html',
      '/2021/intro/index.html',
      '/people/person-island-youth-0179/index.html',
    ]);
  });

  it('reads them through colour codes, and skips files that are not pages', () => {
    const log =
      '  \u001b[34m├─\u001b[39m \u001b[2m/2021/intro/index.html\u001b[22m\n  \u001b[34m├─\u001b[39m \u001b[2m/2021/intro/table-1.csv\u001b[22m\n';
    expect(pagesStarted(log)).toEqual(['/2021/intro/index.html']);
  });

  it('gives nothing for a line cut before its path ends', () => {
    expect(pagesStarted('11:58:45   ├─ /2021/intro/ind')).toEqual([]);
  });
});
