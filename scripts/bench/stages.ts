/**
 * Where an `astro build` spends its time, read from its log (scripts/lib/measure.ts keeps each line
 * with the moment it arrived): Astro's start (content sync and build info), Vite's bundling, the
 * generation of the static pages and of the optimized images. Each is Astro's own figure from its
 * "Completed in" or "built in" line, so the bench can tell which stage grows with the text.
 */
import type { LogLine } from '../lib/measure.ts';

export interface Stages {
  /** From Astro's start to "Collecting build info" completed (content sync included). */
  startSeconds: number | null;
  /** Vite's builds of the server and client bundles, added up. */
  viteSeconds: number | null;
  /** Generating the static routes: rendering every page. */
  pagesSeconds: number | null;
  /** Generating the optimized images. */
  imagesSeconds: number | null;
}

/** `2.58s` or `590ms` as seconds. */
function duration(text: string): number | null {
  const match = /(\d+(?:\.\d+)?)(ms|s)\b/.exec(text);
  if (!match) return null;
  return match[2] === 'ms' ? Number(match[1]) / 1000 : Number(match[1]);
}

/** The duration on the first "Completed in" line after the line that matches `start`. */
function completedAfter(lines: LogLine[], start: RegExp): number | null {
  const from = lines.findIndex((line) => start.test(line.text));
  if (from === -1) return null;
  const done = lines.slice(from + 1).find((line) => /✓ Completed in /.test(line.text));
  return done ? duration(done.text.slice(done.text.indexOf('Completed in'))) : null;
}

export function stagesFromLog(lines: LogLine[]): Stages {
  const vite = lines
    .filter((line) => /\[vite\] ✓ built in /.test(line.text))
    .map((line) => duration(line.text.slice(line.text.indexOf('built in'))) ?? 0);
  return {
    startSeconds: completedAfter(lines, /Collecting build info/),
    viteSeconds: vite.length ? Math.round(vite.reduce((a, b) => a + b, 0) * 1000) / 1000 : null,
    pagesSeconds: completedAfter(lines, /generating static routes/),
    imagesSeconds: completedAfter(lines, /generating optimized images/),
  };
}
