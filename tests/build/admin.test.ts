/**
 * The browser editor in the built site: /admin/ holds the CMS served by the site itself, the page
 * asks not to be indexed and is in no sitemap, search index or feed, it has its own CSP while
 * reader pages keep theirs, and its configuration is the one made from the schemas.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseHeadersFile } from '../../scripts/lib/static-server.ts';
import { browserModule, configFor } from '../../src/integrations/admin.ts';
import { BUILDS } from '../helpers/builds.ts';
import { allPages, fileOf, page } from '../helpers/site.ts';

const out = BUILDS.root.outDir;

describe('/admin/', () => {
  it('is the CMS page with its script and chunks, served from the site, marked noindex', () => {
    const $ = page('/admin/');
    expect($('meta[name=robots]').attr('content')).toBe('noindex, nofollow');
    expect(
      $('script')
        .map((_, s) => $(s).attr('src'))
        .get(),
    ).toEqual(['start.js', 'decap-cms.js']);
    expect($('script:not([src])')).toHaveLength(0);
    const files = readdirSync(join(out, 'admin'));
    expect(files.filter((name) => /^\d+\.decap-cms\.js$/.test(name)).length).toBeGreaterThan(10); // The module the body's buttons run, from src/lib/admin/ without its types.
    const insert = readFileSync(join(out, 'admin', 'insert-snippet.js'), 'utf8');
    expect(insert).toBe(browserModule('insert-snippet'));
    expect(insert).toContain('export function insertSnippet(value, start, end, snippet, mark)');
    // The registries' reader and writer, and the YAML library it is handed.
    expect(readFileSync(join(out, 'admin', 'registry-yaml.js'), 'utf8')).toBe(browserModule('registry-yaml'));
    expect(readFileSync(join(out, 'admin', 'js-yaml.js'), 'utf8')).toMatch(/^export \{[^}]*\bdump,\s+load,/m);
  });

  it('is configured from the schemas and registries of content/', () => {
    const built = JSON.parse(readFileSync(fileOf('/admin/config.json'), 'utf8'));
    // Entries link to the site the build is for (SITE_URL of the test builds, no CMS_PREVIEW_URL).
    expect(built.site_url).toBe('https://example.test/');
    expect(built).toEqual(JSON.parse(JSON.stringify(configFor('content', built.site_url, false))));
  });

  it('is in no sitemap, page list, feed or search index', () => {
    const sitemaps = readdirSync(out).filter((name) => name.startsWith('sitemap'));
    for (const name of sitemaps) expect(readFileSync(join(out, name), 'utf8')).not.toContain('/admin/');
    expect(allPages()).not.toContain('/admin/');
    for (const feed of ['/2021/rss.xml', '/press/rss.xml', '/press/atom.xml']) {
      expect(readFileSync(fileOf(feed), 'utf8')).not.toContain('/admin/');
    }
    const fragments = readdirSync(join(out, 'pagefind', 'fragment'));
    expect(fragments.length).toBeGreaterThan(0);
    const urls = fragments.map((name) => gunzipSync(readFileSync(join(out, 'pagefind', 'fragment', name))).toString());
    expect(urls.some((text) => text.includes('"url":"/2021/'))).toBe(true);
    expect(urls.filter((text) => text.includes('"url":"/admin/'))).toEqual([]);
    const phrases = readdirSync(join(out, 'search-index'), { recursive: true, withFileTypes: true }).filter((e) =>
      e.isFile(),
    );
    for (const file of phrases) expect(readFileSync(join(file.parentPath, file.name), 'utf8')).not.toContain('/admin/');
  });

  it('has its own CSP; reader pages keep theirs without unsafe-eval', () => {
    const rules = parseHeadersFile(readFileSync(join(out, '_headers'), 'utf8'));
    const headersFor = (path: string) => {
      const headers = new Map<string, string>();
      for (const rule of rules.filter((r) => r.pattern.test(path))) {
        for (const [name, value] of rule.headers) {
          if (value === undefined) headers.delete(name);
          else headers.set(name, value);
        }
      }
      return headers;
    };
    const reader = headersFor('/2021/introduction/').get('Content-Security-Policy')!;
    expect(reader).toMatch(/script-src 'self' 'wasm-unsafe-eval';/);
    const editor = headersFor('/admin/').get('Content-Security-Policy')!;
    expect(editor).toMatch(/script-src 'self' 'unsafe-eval';/);
    expect(editor).toMatch(/connect-src [^;]*http:\/\/127\.0\.0\.1:\*/);
    expect(headersFor('/admin/').get('X-Robots-Tag')).toBe('noindex, nofollow');
  });
});
