/**
 * The built Pagefind index, queried in Node exactly as the browser queries it: the build's own
 * `pagefind/pagefind.js`, with `fetch` answering `file:` URLs from disk (Node's fetch cannot).
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<{
    url: string;
    content: string;
    meta: Record<string, string>;
    excerpt: string;
    filters: Record<string, string[]>;
  }>;
}
export interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}
export interface PagefindApi {
  options: (options: Record<string, unknown>) => Promise<void>;
  search: (
    term: string | null,
    options?: {
      filters?: Record<string, unknown>;
      sort?: Record<string, string>;
    },
  ) => Promise<PagefindSearch>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

let shimmed = false;
function shimFileFetch(): void {
  if (shimmed) return;
  shimmed = true;
  const networkFetch = globalThis.fetch;
  globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const href = input instanceof Request ? input.url : String(input);
    if (!href.startsWith('file:')) return networkFetch(input, init);
    try {
      return new Response(await readFile(fileURLToPath(href)));
    } catch {
      return new Response(null, { status: 404 });
    }
  };
}

/**
 * pagefind.js picks the query segmenter from `<html lang>` of the document it runs in; Node has no
 * document, and without `ja` it would not split Japanese queries into words at all. Give it the
 * language the built home page declares.
 */
function shimDocumentLanguage(outDir: string): void {
  const lang = /<html[^>]*\slang="([^"]+)"/.exec(readFileSync(join(outDir, 'index.html'), 'utf8'))?.[1] ?? '';
  const html = {
    getAttribute: (name: string) => (name === 'lang' ? lang : null),
  };
  Object.assign(globalThis, {
    document: {
      currentScript: null,
      querySelector: (selector: string) => (selector === 'html' ? html : null),
    },
  });
}

/**
 * The index of a build directory; result URLs are site paths without the base (`/2021/…/`).
 * Pass every option here: before the first search, a second `options()` call replaces the first.
 */
export async function loadPagefind(outDir: string, options: Record<string, unknown> = {}): Promise<PagefindApi> {
  shimFileFetch();
  shimDocumentLanguage(outDir);
  const api = (await import(pathToFileURL(join(outDir, 'pagefind', 'pagefind.js')).href)) as PagefindApi;
  await api.options({ ...options, baseUrl: '/' });
  return api;
}

/** Site paths of the first `n` results for a query, best first. */
export async function topPaths(
  api: PagefindApi,
  query: string,
  n = 5,
  filters: Record<string, unknown> = {},
): Promise<string[]> {
  const { results } = await api.search(query, { filters });
  const data = await Promise.all(results.slice(0, n).map((r) => r.data()));
  return data.map((d) => d.url);
}
