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
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { buildSearchIndex, pagefindPages, type SearchIndexManifest } from '../lib/search-index.ts';
import { searchPage, type SearchPage } from '../lib/search-page.ts';
import { halfWidthAlphanumerics } from '../lib/search-query.ts';

/** Pagefind answers with a list of errors instead of throwing: turn them into one build error. */
function ensureOk<T extends { errors: string[] }>(response: T, step: string): T {
  if (response.errors.length > 0) {
    throw new Error(`検索インデックスの作成に失敗しました（${step}）: ${response.errors.join(' / ')}`);
  }
  return response;
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/** `2021/intro/index.html` → `/2021/intro/`, the URL Pagefind gives the page (the base is added in the browser). */
function pageUrl(outDir: string, file: string): string {
  return `/${relative(outDir, file).split(sep).join('/')}`.replace(/index\.html$/, '');
}

/** Each page fragment Pagefind wrote: its id (the file's name) and the page's URL. */
async function pagefindFragments(pagefindDir: string): Promise<{ id: string; url: string }[]> {
  const dir = join(pagefindDir, 'fragment');
  const names = (await readdir(dir)).filter((name) => name.endsWith('.pf_fragment'));
  return Promise.all(
    names.map(async (name) => {
      const json = gunzipSync(await readFile(join(dir, name)))
        .toString('utf8')
        .replace(/^pagefind_dcd/, '');
      return { id: name.replace(/\.pf_fragment$/, ''), url: (JSON.parse(json) as { url: string }).url };
    }),
  );
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
          const files = await htmlFiles(outDir);
          logger.info(`Pagefind: ${files.length} ファイルを調べて索引を作ります…`);
          let pages = 0;
          // The search page's own phrase index (src/lib/search-index.ts) reads the same pages.
          const texts: { url: string; page: SearchPage }[] = [];
          for (const file of files) {
            const html = await readFile(file, 'utf8');
            // Only pages that mark their searchable part; the rest (home, 404, search) stay out.
            if (!html.includes('data-pagefind-body')) continue;
            // ＨＥＬＩＸ in a page must be found by HELIX: the index holds half-width forms only.
            const adding = index.addHTMLFile({ url: pageUrl(outDir, file), content: halfWidthAlphanumerics(html) });
            // Read while Pagefind's own process indexes the page: the two run side by side.
            texts.push({ url: pageUrl(outDir, file), page: searchPage(html) });
            ensureOk(await adding, file);
            pages += 1;
          }
          const pagefindDir = join(outDir, 'pagefind');
          const writing = index.writeFiles({ outputPath: pagefindDir });
          const built = buildSearchIndex(texts);
          const outputs = [...built].map(([path, json]) => [join(outDir, 'search-index', path), json]);
          for (const folder of new Set(outputs.map(([target]) => dirname(target))))
            await mkdir(folder, { recursive: true });
          await Promise.all(outputs.map(([target, json]) => writeFile(target, json)));
          ensureOk(await writing, 'writeFiles');
          // The search page lists Pagefind's related results by these ids (src/scripts/search.ts).
          const manifest = JSON.parse(built.get('pages.json')!) as SearchIndexManifest;
          await writeFile(
            join(outDir, 'search-index', manifest.version, 'pagefind.json'),
            JSON.stringify(pagefindPages(manifest, await pagefindFragments(pagefindDir))),
          );
          logger.info(`Pagefind: ${pages} ページを索引にしました。`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
