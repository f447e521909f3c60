import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allPages, fileOf, page } from '../helpers/site.ts';

const ORIGIN = 'https://example.test';

describe('privacy and security of the built pages', () => {
  it('requests nothing from another host: no third-party scripts, styles, fonts, images or frames', () => {
    const offending: string[] = [];
    for (const path of allPages()) {
      const $ = page(path);
      $('script[src], link[rel=stylesheet], link[rel=preload], link[rel=icon], img, source, iframe, video, audio').each(
        (_, el) => {
          for (const attr of ['src', 'href', 'srcset']) {
            const value = $(el).attr(attr);
            if (!value) continue;
            for (const ref of value.split(',').map((s) => s.trim().split(' ')[0])) {
              if (/^(https?:)?\/\//.test(ref) && !ref.startsWith(ORIGIN)) offending.push(`${path}: ${ref}`);
            }
          }
        },
      );
      const css = $('style').text();
      if (/url\((['"]?)(https?:)?\/\//.test(css) || /@import/.test(css))
        offending.push(`${path}: inline style loads a remote resource`);
    }
    expect(offending).toEqual([]);
  });

  it('opens every external link with rel="noopener noreferrer"', () => {
    const missing: string[] = [];
    for (const path of allPages()) {
      const $ = page(path);
      $('a[href^="http"]').each((_, a) => {
        const href = $(a).attr('href')!;
        if (href.startsWith(ORIGIN)) return;
        const rel = ($(a).attr('rel') ?? '').split(/\s+/);
        if (!rel.includes('noopener') || !rel.includes('noreferrer')) missing.push(`${path}: ${href}`);
      });
    }
    expect(missing).toEqual([]);
  });

  it('has no inline script that a Content-Security-Policy without unsafe-inline would block', () => {
    for (const path of allPages()) {
      const html = readFileSync(fileOf(path), 'utf8');
      const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(
        ([, attrs, body]) => !/\bsrc=/.test(attrs) && !/type="application\/ld\+json"/.test(attrs) && body.trim() !== '',
      );
      expect(
        inline.map(([tag]) => tag.slice(0, 80)),
        path,
      ).toEqual([]);
      expect(html, path).not.toMatch(/\son[a-z]+="/);
    }
  });

  it('ships security headers with a CSP that forbids inline script and a long cache for hashed assets', () => {
    const headers = readFileSync(fileOf('/_headers'), 'utf8');
    const csp = /Content-Security-Policy: (.+)/.exec(headers)?.[1] ?? '';
    expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval';/);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(csp).toMatch(/default-src 'self'/);
    for (const header of ['X-Content-Type-Options: nosniff', 'Referrer-Policy:', 'Permissions-Policy:'])
      expect(headers).toContain(header);
    expect(headers).toMatch(/\/_astro\/\*\n\s+Cache-Control: public, max-age=31536000, immutable/);
  });
});
