import { describe, expect, it } from 'vitest';
import { pagesStarted, pagesWrittenWatcher } from '../../../scripts/lib/astro-log.ts';

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

describe('pagesWrittenWatcher', () => {
  // Astro's log around page generation, as `astro build` writes it into a pipe.
  const LOG =
    '12:00:01 [build] ✓ Completed in 2.04s.\n' +
    '12:00:09 [vite] ✓ built in 9.76s\n' +
    ' generating static routes \n' +
    '12:00:10   ├─ /404.html (+3ms) \n' +
    '12:00:19   └─ /2091/opening/index.html (+12ms) \n' +
    '12:00:19 ✓ Completed in 10.01s.\n' +
    '\n generating optimized images \n' +
    '12:00:20 ✓ Completed in 600ms.\n';
  const ENDS_AT = LOG.indexOf('12:00:19 ✓') + '12:00:19 ✓ Completed in 1'.length;

  it('says the pages are written from the line that ends page generation, not from the lines before', () => {
    const watch = pagesWrittenWatcher();
    expect(watch(LOG.slice(0, LOG.indexOf('12:00:19 ✓')))).toBe(false);
    expect(watch(LOG.slice(LOG.indexOf('12:00:19 ✓')))).toBe(true);
    expect(watch('12:00:21 [build] Complete!\n')).toBe(true);
  });

  it('finds that line however the log is cut into pieces (seeded cuts)', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 500; round++) {
      const cuts = Array.from({ length: 1 + Math.floor(random() * 12) }, () => Math.floor(random() * LOG.length));
      const bounds = [0, ...new Set(cuts)].sort((a, b) => a - b).concat(LOG.length);
      const watch = pagesWrittenWatcher();
      for (let i = 0; i + 1 < bounds.length; i++) {
        // True exactly from the piece that completes the line's number on.
        expect(watch(LOG.slice(bounds[i], bounds[i + 1]))).toBe(bounds[i + 1] >= ENDS_AT);
      }
    }
  });

  it('does not take the start of the build or Vite for the end of page generation, with or without colour', () => {
    const watch = pagesWrittenWatcher();
    expect(watch('12:00:01 \u001b[34m[build]\u001b[39m \u001b[32m✓ Completed in 2.04s.\u001b[39m\n')).toBe(false);
    expect(watch('\u001b[42m\u001b[30m generating static routes \u001b[39m\u001b[49m\n')).toBe(false);
    expect(watch('12:00:19 \u001b[32m✓ Completed in 10.01s.\u001b[39m\n')).toBe(true);
  });
});
