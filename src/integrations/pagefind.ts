/**
 * Builds the Pagefind search index into the build's own outDir once Astro has written the pages.
 *
 * Why the Node API in `astro:build:done` and not `pagefind --site dist` after the build: the hook
 * receives the real outDir, so every build — `npm run build`, the test builds into
 * .tmp/test-dist/{root,sub} (ASTRO_OUT_DIR), any CI variant — gets its index without a second
 * place that has to know where the output went, and a failed index fails the build itself. It also
 * lets us hand Pagefind each page's HTML after folding full-width letters and digits, which the
 * CLI cannot.
 */
import type { AstroIntegration } from 'astro';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { halfWidthAlphanumerics } from '../lib/search-query.ts';

/** Pagefind answers with a list of errors instead of throwing: turn them into one build error. */
function ensureOk<T extends { errors: string[] }>(response: T, step: string): T {
  if (response.errors.length > 0) {
    throw new Error(`検索インデックスの作成に失敗しました（${step}）: ${response.errors.join(' / ')}`);
  }
  return response;
}

/** Pages read and sent to Pagefind together. */
const BATCH = 64;

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/** `2021/intro/index.html` → `/2021/intro/`, the URL Pagefind gives the page (the base is added in the browser). */
function pageUrl(outDir: string, file: string): string {
  return `/${relative(outDir, file).split(sep).join('/')}`.replace(/index\.html$/, '');
}

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'lcwp:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        try {
          const { index } = ensureOk(await pagefind.createIndex({}), 'createIndex');
          if (!index) throw new Error('検索インデックスの作成に失敗しました: Pagefind が索引を返しませんでした。');
          // One file at a time, each waiting for the last to be indexed, left Pagefind's service idle
          // between round trips. Now a batch is read while the one before is being indexed, and a
          // batch's files are sent together, in file order: the index comes out byte for byte the same.
          const files = await htmlFiles(outDir);
          logger.info(`Pagefind: ${files.length} ファイルを調べて索引を作ります…`);
          let pages = 0;
          let indexing: Promise<unknown> = Promise.resolve();
          for (let i = 0; i < files.length; i += BATCH) {
            const batch = files.slice(i, i + BATCH);
            const htmls = await Promise.all(batch.map((file) => readFile(file, 'utf8')));
            await indexing;
            indexing = Promise.all(
              batch.map(async (file, j) => {
                // Only pages that mark their searchable part; the rest (home, 404, search) stay out.
                if (!htmls[j].includes('data-pagefind-body')) return;
                // ＨＥＬＩＸ in a page must be found by HELIX: the index holds half-width forms only.
                const content = halfWidthAlphanumerics(htmls[j]);
                ensureOk(await index.addHTMLFile({ url: pageUrl(outDir, file), content }), file);
                pages += 1;
              }),
            );
            // Awaited before the next batch is sent; this only keeps a failure from counting as unhandled meanwhile.
            indexing.catch(() => {});
          }
          await indexing;
          ensureOk(await index.writeFiles({ outputPath: join(outDir, 'pagefind') }), 'writeFiles');
          logger.info(`Pagefind: ${pages} ページを索引にしました。`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
