/** Reading the built site in tests: pages as parsed HTML, by site path. */
import * as cheerio from 'cheerio';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { BUILDS } from '../setup/builds.ts';

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
  const { outDir } = BUILDS[build];
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) return walk(full);
      return entry.name.endsWith('.html') ? [full] : [];
    });
  return walk(outDir)
    .map((file) => '/' + relative(outDir, file).replace(/\\/g, '/'))
    .map((path) => path.replace(/index\.html$/, ''))
    .sort();
}
