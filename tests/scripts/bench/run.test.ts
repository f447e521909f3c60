/**
 * Smoke test of `npm run bench` at size S (the real content): one run — the reference site and the
 * project, each cold then warm — measured and written as JSON, then compared with itself. The
 * numbers are not asserted (they depend on the machine); that every one of them is there and
 * consistent with the builds is. It runs in a copy without .git, as from a downloaded archive:
 * building and benchmarking must not need git.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { BenchResult } from '../../../scripts/bench/report.ts';
import { checkContentDir } from '../../../scripts/content-check/files.ts';
import { NO_REVISION } from '../../../scripts/lib/revision.ts';
import { archiveCopy } from '../../helpers/archive-copy.ts';

const out = mkdtempSync(join(tmpdir(), 'lcwp-bench-test-'));
const copy = archiveCopy();
afterAll(() => {
  rmSync(out, { recursive: true, force: true });
  rmSync(join(copy, '..'), { recursive: true, force: true });
});
const bench = (...args: string[]) =>
  execFileSync(process.execPath, ['scripts/bench/run.ts', ...args], {
    cwd: copy,
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
      expect(result.commit).toBe(NO_REVISION);
      expect(result.median.astroSeconds).toBeGreaterThan(0);
      expect(result.median.indexSeconds).toBeGreaterThan(0);
      // Astro's stages, read from its log (scripts/bench/stages.ts), fit inside its build.
      const { startSeconds, viteSeconds, pagesSeconds } = result.median;
      for (const stage of [startSeconds, viteSeconds, pagesSeconds]) expect(stage).toBeGreaterThan(0);
      expect(startSeconds! + viteSeconds! + pagesSeconds!).toBeLessThan(result.median.astroSeconds);
      expect(result.corpus.chapterBytes).toBeUndefined();
      // The content check runs beside Astro, inside the build: part of its time, not added to it.
      expect(result.median.checkSeconds).toBeGreaterThan(0);
      expect(result.median.checkSeconds).toBeLessThan(result.median.astroSeconds);
      expect(result.median.totalSeconds).toBeCloseTo(result.median.astroSeconds + result.median.indexSeconds, 1);
      expect(result.warm.runs).toHaveLength(1);
      // The second build reuses the output of the same inputs (nothing indexed); the third builds anyway.
      expect(result.warm.median.indexSeconds).toBe(0);
      expect(result.rebuild!.median.indexSeconds).toBeGreaterThan(0);
      expect(result.ratios.rebuild).toBeGreaterThan(0);
      // The index step against the Pagefind CLI alone on the same HTML. Both times are stored to 0.01 s,
      // which at S (tenths of a second) moves their quotient: the ratio lies within what the rounding allows.
      const [index, cli] = [result.median.indexSeconds, result.sameHtmlCli!.median];
      expect(cli).toBeGreaterThan(0);
      expect(result.ratios.index).toBeGreaterThanOrEqual((index - 0.005) / (cli + 0.005) - 0.005);
      expect(result.ratios.index).toBeLessThanOrEqual((index + 0.005) / (cli - 0.005) + 0.005);
      expect(table).toContain(`| 比: 索引 / 同じ HTML の Pagefind CLI | ${result.ratios.index!.toFixed(2)}× |`);
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
      expect(readdirSync(join(copy, '.tmp/bench')).filter((f) => f.startsWith('work-S-'))).toEqual([]);
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

  it('runs, as the content check and the tests do, in a copy without .git', () => {
    expect(existsSync(join(copy, '.git'))).toBe(false);
    const run = (...args: string[]) =>
      spawnSync(process.execPath, args, { cwd: copy, encoding: 'utf8', env: { ...process.env, TEST_REUSE_BUILD: '' } });
    const check = run('scripts/content-check/cli.ts');
    expect(check.status, check.stderr).toBe(0);
    const tests = run('node_modules/vitest/vitest.mjs', 'run', '--project', 'unit', 'tests/lib/', 'tests/schemas/');
    expect(tests.status, tests.stdout + tests.stderr).toBe(0);
    expect(tests.stdout).toMatch(/Tests\s.*\d+ passed/);
  }, 120_000);
});
