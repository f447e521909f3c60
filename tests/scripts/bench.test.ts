/**
 * Smoke test of `npm run bench` at size S (the real content): one run — the reference site and the
 * project, each cold then warm — measured and written as JSON, then compared with itself. The
 * numbers are not asserted (they depend on the machine); that every one of them is there and
 * consistent with the builds is.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
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
  it(
    'builds the reference and the project, cold and warm, and measures them at size S',
    { timeout: 300_000 },
    async () => {
      const table = bench('--size', 'S', '--runs', '1', '--out', out);
      const [file] = readdirSync(out);
      expect(file).toMatch(/^S-.*\.json$/);
      const result = JSON.parse(readFileSync(join(out, file), 'utf8')) as BenchResult;

      const { content } = await checkContentDir('content');
      const published = new Set(content.editions.filter((e) => e.status === 'published').map((e) => e.year));
      expect(result.corpus.chapters).toBe(content.chapters.filter((c) => !c.draft && published.has(c.year)).length);
      // A card for the site, each edition and each chapter; the reference builds the chapters only.
      expect(result.cards).toBe(1 + result.corpus.editions + result.corpus.chapters);
      expect(result.reference.pages).toBe(result.corpus.chapters);
      expect(result.chapterPages.count).toBe(result.corpus.chapters);
      expect(result.pages).toBeGreaterThan(result.corpus.chapters);
      expect(result.runs).toHaveLength(1);
      expect(result.median.astroSeconds).toBeGreaterThan(0);
      expect(result.median.indexSeconds).toBeGreaterThan(0);
      expect(result.median.checkSeconds).toBeGreaterThan(0);
      expect(result.median.totalSeconds).toBeCloseTo(
        result.median.checkSeconds + result.median.astroSeconds + result.median.indexSeconds,
        1,
      );
      expect(result.warm.runs).toHaveLength(1);
      for (const run of [result.reference.cold.median, result.reference.warm.median]) {
        expect(run.totalSeconds).toBeCloseTo(run.astroSeconds + run.indexSeconds, 1);
        expect(run.indexSeconds).toBeGreaterThan(0);
        expect(run.cpuSeconds).toBeGreaterThan(0);
      }
      const cold = result.median.totalSeconds / result.reference.cold.median.totalSeconds;
      expect(result.ratios.cold).toBeCloseTo(cold, 1);
      expect(result.ratios.warm).toBeGreaterThan(0);
      expect(result.ratios.coldCpu).toBeGreaterThan(0);
      // Worked under .tmp/ inside the project, and cleaned up.
      expect(
        readdirSync('.tmp/bench').filter((f) => f.startsWith('work-S-') && existsSync(join('.tmp/bench', f))),
      ).toEqual([]);
      expect(result.median.buildCpuSeconds).toBeGreaterThan(0);
      expect(result.median.peakRssMiB).toBeGreaterThan(50);
      expect(result.pagefindBytes).toBeGreaterThan(0);
      expect(result.distBytes).toBeGreaterThan(result.pagefindBytes);
      expect(result.chapterPages.htmlCssGzip.median).toBeGreaterThan(1000);
      expect(result.chapterPages.htmlCssGzip.max).toBeGreaterThanOrEqual(result.chapterPages.htmlCssGzip.median);
      expect(table).toContain(`| ページ | ${result.pages} |`);
      expect(table).toContain(`| 比: 合計 / 参照（冷えた状態） | ${result.ratios.cold.toFixed(2)}× |`);

      const compared = bench('--compare', join(out, file), join(out, file));
      expect(compared).toContain(`| ページ | ${result.pages} | ${result.pages} | 1.00 |`);
    },
  );
});
