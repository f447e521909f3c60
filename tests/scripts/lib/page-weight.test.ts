import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { pageWeight } from '../../../scripts/lib/page-weight.ts';

const outDir = mkdtempSync(join(tmpdir(), 'lcwp-weight-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

function site(files: Record<string, string>) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(outDir, path, '..'), { recursive: true });
    writeFileSync(join(outDir, path), text);
  }
}

const css = 'body { color: #222; } '.repeat(50);
const js = 'console.log("hi");';

describe('pageWeight', () => {
  it('adds the gzip size of the linked stylesheets to that of the HTML', () => {
    const html = `<!doctype html><html><head><link rel="stylesheet" href="/sub/_astro/site.css"></head><body>本文</body></html>`;
    site({ '_astro/site.css': css, 'a/index.html': html });
    const weight = pageWeight(outDir, join(outDir, 'a/index.html'), '/sub/');
    expect(weight.htmlGzip).toBe(gzipSync(html).length);
    expect(weight.stylesheets).toEqual([{ href: '/sub/_astro/site.css', gzip: gzipSync(css).length }]);
    expect(weight.htmlCssGzip).toBe(gzipSync(html).length + gzipSync(css).length);
    expect(weight.jsBytes).toBe(0);
  });

  it('counts external, preloaded and inline scripts, but not JSON data', () => {
    const inline = 'document.body.dataset.ready = "1";';
    const html = [
      '<html><head>',
      '<script type="module" src="/_astro/app.js"></script>',
      '<link rel="modulepreload" href="/_astro/dep.js">',
      '<script type="application/ld+json">{"@type":"Article"}</script>',
      `<script>${inline}</script>`,
      '</head><body></body></html>',
    ].join('');
    site({ '_astro/app.js': js, '_astro/dep.js': js + js, 'b/index.html': html });
    const weight = pageWeight(outDir, join(outDir, 'b/index.html'));
    expect(weight.scripts).toEqual(['/_astro/app.js', '/_astro/dep.js']);
    expect(weight.jsBytes).toBe(js.length * 3 + inline.length);
  });
});
