/**
 * Smoke test of `npm run bench` at size S (the real content): one real build, indexed, measured
 * and written as JSON, then compared with itself. The numbers are not asserted (they depend on the
 * machine); that every one of them is there and consistent with the build is.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { BenchResult } from '../../scripts/bench.ts';
import { checkContentDir } from '../../scripts/lib/content-files.ts';

const out = mkdtempSync(join(tmpdir(), 'lcwp-bench-test-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));
const bench = (...args: string[]) =>
  execFileSync(process.execPath, ['scripts/bench.ts', ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });

describe('npm run bench', () => {
  it('builds, indexes and measures the real content at size S', { timeout: 180_000 }, async () => {
    const table = bench('--size', 'S', '--runs', '1', '--out', out);
    const [file] = readdirSync(out);
    expect(file).toMatch(/^S-.*\.json$/);
    const result = JSON.parse(readFileSync(join(out, file), 'utf8')) as BenchResult;

    const { content } = await checkContentDir('content');
    const published = new Set(content.editions.filter((e) => e.status === 'published').map((e) => e.year));
    expect(result.corpus.chapters).toBe(content.chapters.filter((c) => !c.draft && published.has(c.year)).length);
    expect(result.chapterPages.count).toBe(result.corpus.chapters);
    expect(result.pages).toBeGreaterThan(result.corpus.chapters);
    expect(result.runs).toHaveLength(1);
    expect(result.median.astroSeconds).toBeGreaterThan(0);
    expect(result.median.indexSeconds).toBeGreaterThan(0);
    expect(result.median.totalSeconds).toBeCloseTo(result.median.astroSeconds + result.median.indexSeconds, 1);
    expect(result.median.buildCpuSeconds).toBeGreaterThan(0);
    expect(result.median.peakRssMiB).toBeGreaterThan(50);
    expect(result.pagefindBytes).toBeGreaterThan(0);
    expect(result.distBytes).toBeGreaterThan(result.pagefindBytes);
    expect(result.chapterPages.htmlCssGzip.median).toBeGreaterThan(1000);
    expect(result.chapterPages.htmlCssGzip.max).toBeGreaterThanOrEqual(result.chapterPages.htmlCssGzip.median);
    expect(table).toContain(`| ページ | ${result.pages} |`);

    const compared = bench('--compare', join(out, file), join(out, file));
    expect(compared).toContain(`| ページ | ${result.pages} | ${result.pages} | 1.00 |`);
  });
});
