/**
 * Pagefind reads each page of the build in the copy pagefindInput makes (only the parts it
 * indexes). Over every searchable page of the real site: Pagefind run on those copies and on the
 * pages as written (full-width letters folded in both, as the build folds them) writes the same
 * index, file for file and byte for byte, and that index is the one the build published; the
 * search page's own index reads the same text, sections, meta and filters from the copy.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pagefindInput } from '../../src/lib/search/pagefind-input.ts';
import { searchPage } from '../../src/lib/search/page.ts';
import { halfWidthAlphanumerics } from '../../src/lib/search/query.ts';
import { BUILDS } from '../helpers/builds.ts';

const site = BUILDS.root.outDir;
const PAGEFIND = 'node_modules/pagefind/lib/runner/bin.cjs';
let work: string;

/** Every file under `dir` (relative path → bytes). */
function tree(dir: string): Map<string, Buffer> {
  return new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const file = join(entry.parentPath, entry.name);
        return [relative(dir, file), readFileSync(file)];
      }),
  );
}

/** Pagefind over the searchable pages, each as `transform` gives it; the index it wrote. */
function indexOf(name: string, pages: [string, string][], transform: (html: string) => string) {
  const root = join(work, name);
  for (const [path, html] of pages) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), transform(html));
  }
  execFileSync(process.execPath, [PAGEFIND, '--site', root, '--output-path', join(root, 'pagefind')], {
    stdio: 'ignore',
  });
  return tree(join(root, 'pagefind'));
}

let pages: [string, string][];
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'lcwp-pagefind-input-'));
  pages = readdirSync(site, { recursive: true })
    .map(String)
    .filter((path) => path.endsWith('.html'))
    .map((path) => [path, readFileSync(join(site, path), 'utf8')] as [string, string])
    .filter(([, html]) => html.includes('data-pagefind-body'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('what Pagefind reads of each page', () => {
  it('is far less than the page, and Pagefind indexes it exactly as the whole page', () => {
    expect(pages.length).toBeGreaterThan(30);
    const whole = indexOf('whole', pages, halfWidthAlphanumerics);
    const copies = indexOf('copies', pages, (html) => halfWidthAlphanumerics(pagefindInput(html)));
    const read = (transform: (html: string) => string) =>
      pages.reduce((sum, [, html]) => sum + transform(html).length, 0);
    expect(read(pagefindInput)).toBeLessThan(read((html) => html) * 0.6);
    expect([...copies.keys()].sort()).toEqual([...whole.keys()].sort());
    for (const [path, bytes] of whole) expect(copies.get(path)?.equals(bytes), path).toBe(true);
    // The build's own index is that one too.
    const built = tree(join(site, 'pagefind'));
    expect([...built.keys()].sort()).toEqual([...whole.keys()].sort());
    for (const [path, bytes] of whole) expect(built.get(path)?.equals(bytes), path).toBe(true);
  }, 180_000);

  it('gives the search page’s index the same text, sections, meta and filters as the page', () => {
    for (const [path, html] of pages) expect(searchPage(pagefindInput(html)), path).toEqual(searchPage(html));
  });
});
