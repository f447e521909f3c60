/**
 * What a first visit to one built page downloads, images excluded: the HTML and the stylesheets it
 * links, compressed with gzip as a static host would serve them, and every byte of JavaScript it
 * runs or preloads. Shared by the page-weight budgets test and `npm run bench`.
 */
import * as cheerio from 'cheerio';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  /** gzip bytes of the HTML document. */
  htmlGzip: number;
  /** Linked stylesheets as site paths, with their gzip bytes. */
  stylesheets: { href: string; gzip: number }[];
  /** HTML plus every linked stylesheet, gzip bytes. */
  htmlCssGzip: number;
  /** Uncompressed bytes of JavaScript: external and module-preloaded files plus inline scripts. */
  jsBytes: number;
  /** External scripts as site paths, to name them when a budget fails. */
  scripts: string[];
}

const gzipBytes = (data: Buffer | string) => gzipSync(data).length;

/** A script element runs code unless its type says it is data (JSON-LD, import maps are JSON too). */
const isCode = (type: string | undefined) => !type || /^(module|text\/javascript|application\/javascript)$/i.test(type);

/**
 * The weight of the page at `file` (absolute path of an .html file in `outDir`); links are read as
 * site paths under `base` (`/` or `/sub/`).
 */
export function pageWeight(outDir: string, file: string, base = '/'): PageWeight {
  const html = readFileSync(file);
  const $ = cheerio.load(html.toString('utf8'));
  const local = (href: string) => join(outDir, href.startsWith(base) ? href.slice(base.length) : href);

  const stylesheets = $('link[rel~=stylesheet][href]')
    .map((_, el) => $(el).attr('href')!)
    .get()
    .map((href) => ({ href, gzip: gzipBytes(readFileSync(local(href))) }));

  const scripts = [
    ...$('script[src]')
      .filter((_, el) => isCode($(el).attr('type')))
      .map((_, el) => $(el).attr('src')!)
      .get(),
    ...$('link[rel=modulepreload][href]')
      .map((_, el) => $(el).attr('href')!)
      .get(),
  ];
  const inline = $('script:not([src])')
    .filter((_, el) => isCode($(el).attr('type')))
    .map((_, el) => Buffer.byteLength($(el).text()))
    .get()
    .reduce((sum, n) => sum + n, 0);
  const external = scripts.reduce((sum, src) => sum + readFileSync(local(src)).length, 0);

  const htmlGzip = gzipBytes(html);
  return {
    htmlGzip,
    stylesheets,
    htmlCssGzip: htmlGzip + stylesheets.reduce((sum, s) => sum + s.gzip, 0),
    jsBytes: inline + external,
    scripts,
  };
}
