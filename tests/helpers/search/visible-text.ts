/**
 * The ground truth of the browser query suite: what a reader sees of each indexed page, read from
 * the built HTML with cheerio, independently of the site's own extraction (src/lib/search/text.ts).
 * Indexed pages are those with a `data-pagefind-body` element; their text is that element's, less
 * what is hidden or marked `data-pagefind-ignore`, less ruby readings (<rt>, <rp>); <wbr> adds
 * nothing, and block boundaries separate words.
 */
import * as cheerio from 'cheerio';
import type { AnyNode } from 'domhandler';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface VisiblePage {
  /** Site path without the base: `/2021/intro/`. */
  path: string;
  /** Visible text, whitespace kept as one space. */
  text: string;
  /** The same, folded: NFKC and lower case. */
  folded: string;
}

const SKIP = new Set(['script', 'style', 'template', 'noscript', 'rt', 'rp']);
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'dfn',
  'em',
  'i',
  'kbd',
  'mark',
  'q',
  'ruby',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
]);

function textOf(node: AnyNode, out: string[]): void {
  if (node.type === 'text') {
    out.push(node.data);
    return;
  }
  if (node.type !== 'tag') return;
  if (SKIP.has(node.name) || 'hidden' in node.attribs || 'data-pagefind-ignore' in node.attribs) return;
  const block = !INLINE.has(node.name);
  if (block) out.push('\n');
  for (const child of node.children) textOf(child, out);
  if (block) out.push('\n');
}

/** NFKC and lower case, runs of white space as one space: how queries and text are compared. */
export const fold = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();

export function visiblePages(outDir: string): VisiblePage[] {
  const files = readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
  const pages: VisiblePage[] = [];
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    const $ = cheerio.load(html);
    const out: string[] = [];
    for (const body of $('[data-pagefind-body]').toArray()) textOf(body, out);
    const text = out.join('').replace(/\s+/gu, ' ').trim();
    const path = `/${relative(outDir, file).split(sep).join('/')}`.replace(/index\.html$/, '');
    pages.push({ path, text, folded: fold(out.join('')) });
  }
  return pages.sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * Whether a page answers a query as the search page promises: a quoted phrase as it is, otherwise
 * every word separated by spaces.
 */
export function contains(page: VisiblePage, query: string): boolean {
  const q = fold(query);
  const quoted = /^"(.+)"$/u.exec(q);
  const words = quoted ? [quoted[1]] : q.split(' ');
  return words.every((w) => page.folded.includes(w));
}
