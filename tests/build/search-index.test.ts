/** What the built pages tell Pagefind, read from the HTML. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { PageText, SearchIndexManifest } from '../../src/lib/search/gram-index.ts';
import { visiblePages } from '../helpers/search/visible-text.ts';
import { BUILDS } from '../helpers/builds.ts';
import { chapters, editions } from '../helpers/content.ts';
import { exists, page } from '../helpers/site.ts';

describe('search markup', () => {
  it('marks the article of every chapter as the indexed body, with its filters', () => {
    for (const c of chapters) {
      const $ = page(`/${c.year}/${c.slug}/`);
      expect(
        $('[data-pagefind-body]')
          .map((_, el) => el.tagName)
          .get(),
      ).toEqual(['article']);
      expect($('[data-pagefind-filter="edition"]').text()).toBe(String(c.year));
      expect($('[data-pagefind-filter="type"]').text()).toBe('chapter');
      expect($('[data-pagefind-filter="sign"]').length).toBe(c.signs.length);
      expect($('[data-pagefind-sort="date"]').text()).toMatch(/^\d{4}/);
      // Navigation, contents and neighbours stay out of the index.
      expect($('[data-pagefind-body] .site-nav, [data-pagefind-body] .contents').length).toBe(0);
      expect($('.prev-next').is('[data-pagefind-ignore]') || $('.prev-next').length === 0).toBe(true);
    }
  });
  it('indexes an edition page by its title and about text, not its contents lists', () => {
    for (const e of editions) {
      const $ = page(`/${e.year}/`);
      expect($('[data-pagefind-filter="type"]').text()).toBe('edition');
      expect($('[data-pagefind-body] .chapter-list, [data-pagefind-body] #contents').length).toBe(0);
    }
  });
  it('loads no Pagefind script on content pages', () => {
    for (const path of ['/', '/2021/', `/${chapters[0].year}/${chapters[0].slug}/`]) {
      expect(page(path)('script[src*="pagefind"], link[href*="pagefind"]').length).toBe(0);
    }
  });
  it('writes the index into both builds', () => {
    expect(exists('/pagefind/pagefind.js')).toBe(true);
    expect(exists('/lcwp/pagefind/pagefind.js', 'sub')).toBe(true);
  });
});

describe('the search page’s own index', () => {
  const dir = join(BUILDS.root.outDir, 'search-index');
  const manifest = JSON.parse(readFileSync(join(dir, 'pages.json'), 'utf8')) as SearchIndexManifest;
  const visible = visiblePages(BUILDS.root.outDir);

  it('lists every indexed page once, with its title and type', () => {
    expect(manifest.pages.map(([url]) => url).sort()).toEqual(visible.map((p) => p.path));
    for (const [, title, type] of manifest.pages) {
      expect(title).not.toBe('');
      expect(['chapter', 'edition', 'press', 'index']).toContain(type);
    }
  });
  it('holds each page’s visible text as a reader sees it: no hidden key terms, no inserted spaces', () => {
    manifest.pages.forEach(([url], n) => {
      const { text, sections } = JSON.parse(
        readFileSync(join(dir, manifest.version, 'text', `${n}.json`), 'utf8'),
      ) as PageText;
      expect(text, url).toBe(visible.find((p) => p.path === url)!.text);
      // Each section starts where its heading's text does.
      for (const [start, , title] of sections) expect(text.slice(start, start + title.length), url).toBe(title);
    });
  });
  it('names the Pagefind page of every page, by the fragment Pagefind wrote for it', () => {
    const ids = JSON.parse(readFileSync(join(dir, manifest.version, 'pagefind.json'), 'utf8')) as Record<
      string,
      number
    >;
    expect(Object.values(ids).sort((a, b) => a - b)).toEqual(manifest.pages.map((_, n) => n));
    for (const [id, n] of Object.entries(ids)) {
      const fragment = gunzipSync(readFileSync(join(BUILDS.root.outDir, 'pagefind', 'fragment', `${id}.pf_fragment`)));
      expect(JSON.parse(fragment.toString('utf8').replace(/^pagefind_dcd/, '')).url).toBe(manifest.pages[n][0]);
    }
  });
  it('writes it into both builds', () => {
    expect(exists('/search-index/pages.json')).toBe(true);
    expect(exists('/lcwp/search-index/pages.json', 'sub')).toBe(true);
  });
});
