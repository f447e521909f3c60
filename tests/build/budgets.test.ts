/**
 * Page-weight budgets on the real build: sizes, never times. What a reader downloads on first
 * opening a chapter, images excluded, and one stylesheet for the whole site.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageWeight } from '../../scripts/lib/page-weight.ts';
import { BUILDS } from '../helpers/builds.ts';
import { chapters } from '../helpers/content.ts';
import { allPages, fileOf, page } from '../helpers/site.ts';

const { outDir, base } = BUILDS.root;
const KB = 1024;

describe('page-weight budgets', () => {
  it.each(chapters.map((c) => [`/${c.year}/${c.slug}/`] as const))(
    '%s: HTML + CSS at most 40 KB gzip, no JavaScript',
    (path) => {
      const weight = pageWeight(outDir, fileOf(path), base);
      expect(
        weight.htmlCssGzip,
        `HTML ${weight.htmlGzip} B + CSS ${JSON.stringify(weight.stylesheets)}`,
      ).toBeLessThanOrEqual(40 * KB);
      expect(weight.scripts).toEqual([]);
      expect(weight.jsBytes).toBe(0);
    },
  );

  it('serves the CSS as one file that every page links, never inline', () => {
    const pages = allPages();
    const site = page('/')('link[rel~=stylesheet]')
      .map((_, el) => el.attribs.href)
      .get();
    expect(site).toHaveLength(1);
    for (const path of pages) {
      const $ = page(path);
      const links = $('link[rel~=stylesheet]')
        .map((_, el) => el.attribs.href)
        .get();
      // Pagefind's own UI stylesheet may join the site's on the search page; no page gets a CSS file of its own.
      expect(
        links.filter((href) => !href.includes('/pagefind/')),
        path,
      ).toEqual(site);
      expect($('style').length, `${path} has an inline <style>`).toBe(0);
    }
  });

  // Layers rank by first appearance; the minifier may drop layers.css's statement when the files
  // already appear in its order, so check the order the browser gets.
  it('gives the built stylesheet’s layers the order of src/styles/layers.css', () => {
    const href = page('/')('link[rel~=stylesheet]').attr('href')!;
    const css = readFileSync(join(outDir, href.slice(base.length)), 'utf8');
    const built = [...new Set([...css.matchAll(/@layer ([\w, ]+)[;{]/g)].flatMap((m) => m[1].split(/,\s*/)))];
    const declared = /@layer ([\w, ]+);/.exec(readFileSync('src/styles/layers.css', 'utf8'))![1].split(/,\s*/);
    expect(built).toEqual(declared);
  });
});
