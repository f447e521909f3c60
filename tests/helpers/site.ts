/** Reading the built site in tests: pages as parsed HTML, by site path. */
import * as cheerio from 'cheerio';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pagePaths } from '../../scripts/lib/published-urls.ts';
import { BUILDS } from './builds.ts';

export type Build = keyof typeof BUILDS;

/** Site path (`/2021/`) → file in the build. */
export function fileOf(path: string, build: Build = 'root'): string {
  const { outDir, base } = BUILDS[build];
  const inSite = path.startsWith(base) ? path.slice(base.length - 1) : path;
  const clean = inSite.split(/[?#]/)[0];
  return join(outDir, clean.endsWith('/') ? `${clean}index.html` : clean);
}

export function exists(path: string, build: Build = 'root'): boolean {
  return existsSync(fileOf(path, build));
}

export function page(path: string, build: Build = 'root'): cheerio.CheerioAPI {
  return cheerio.load(readFileSync(fileOf(path, build), 'utf8'));
}

/** Every built HTML page as a site path, e.g. `/2021/introduction/` or `/404.html`. */
export function allPages(build: Build = 'root'): string[] {
  return pagePaths(BUILDS[build].outDir);
}
