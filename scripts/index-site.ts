/**
 * The search indexes of a built site: Pagefind's (the related results on /search/) and the search
 * page's own phrase index (src/lib/search/gram-index.ts). `npm run build` (scripts/build.ts) runs this on
 * the new output before it replaces the old one, so a failed index fails the build; the phrase
 * index after Astro has exited, so that Astro's memory is given back before the indexing takes its
 * own (inside Astro's `astro:build:done` the two were held at once; docs/benchmark.md).
 *
 * Pagefind runs as its own program over a folder beside the site that holds, at each searchable
 * page's place, a copy of it with only what Pagefind indexes (src/lib/search/pagefind-input.ts) and
 * its full-width letters and digits folded (ＨＥＬＩＸ must be found by HELIX, and the index holds
 * half-width forms only). The copies are written while Astro still writes other pages
 * (preparePage), and Pagefind starts on them as soon as Astro has written its last page, while
 * Astro still makes images and exits (startPagefind); the index step keeps that run only if no page
 * has changed since. The site's own pages are never moved. A page without a searchable part has no
 * copy: Pagefind would parse it in full only to leave it out (the same index, byte for byte, without
 * parsing the editions' contents and the other large pages). Pagefind's Node API took twice as long
 * as the program on the same pages, nearly all in writeFiles; the program reads and writes in
 * parallel threads while this process builds the phrase index. (Numbers: docs/benchmark.md.)
 *
 * Usage: node scripts/index-site.ts <site folder>
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { setPriority } from 'node:os';
import { readFile, readdir, rm } from 'node:fs/promises';
import { constants as zlibConstants, gunzipSync } from 'node:zlib';
import { dirname, join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mapConcurrently } from '../src/lib/map-concurrently.ts';
import { buildSearchIndex, pagefindPages, type SearchIndexManifest } from '../src/lib/search/gram-index.ts';
import { searchPage, type SearchPage } from '../src/lib/search/page.ts';
import { pagefindInput } from '../src/lib/search/pagefind-input.ts';
import { halfWidthAlphanumerics } from '../src/lib/search/query.ts';

/**
 * Pagefind's program, found as its npm wrapper (`pagefind` on the command line) finds it, the
 * extended build first (it segments Japanese). Started directly rather than through the wrapper,
 * which runs it as a child of its own: a run started before Astro has ended must be stoppable.
 */
async function pagefindProgram(): Promise<string> {
  // The package exports only its Node API, so look for its folder where `import 'pagefind'` would.
  const folder = createRequire(import.meta.url)
    .resolve.paths('pagefind')!
    .map((dir) => join(dir, 'pagefind'))
    .find((dir) => existsSync(join(dir, 'package.json')))!;
  const { resolveBinaryPath } = (await import(pathToFileURL(join(folder, 'lib', 'resolveBinary.js')).href)) as {
    resolveBinaryPath(names: string[]): string;
  };
  return resolveBinaryPath(['pagefind_extended', 'pagefind']);
}

/** Files read or written at once. */
const IN_FLIGHT = 32;

/**
 * The site's pages, sorted: their order numbers the pages of the phrase index, and a folder's
 * listing comes in an order that differs from one filesystem to another.
 */
async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** `2021/intro/index.html` → `/2021/intro/`, the URL Pagefind gives the page (the base is added in the browser). */
function pageUrl(outDir: string, file: string): string {
  return `/${relative(outDir, file).split(sep).join('/')}`.replace(/index\.html$/, '');
}

/**
 * The page URL of a Pagefind fragment (gzip of `pagefind_dcd{"url":"…","content":…}`): only the
 * first bytes are inflated, where the URL is, and the whole fragment only when the URL runs past them.
 */
export function fragmentUrl(gzipped: Buffer): string {
  const head = gunzipSync(gzipped.subarray(0, 1024), { finishFlush: zlibConstants.Z_SYNC_FLUSH }).toString('utf8');
  const url = /^pagefind_dcd\{"url":("(?:[^"\\]|\\.)*")/.exec(head);
  if (url) return JSON.parse(url[1]) as string;
  return (
    JSON.parse(
      gunzipSync(gzipped)
        .toString('utf8')
        .replace(/^pagefind_dcd/, ''),
    ) as { url: string }
  ).url;
}

/** Each page fragment Pagefind wrote: its id (the file's name) and the page's URL. */
async function pagefindFragments(pagefindDir: string): Promise<{ id: string; url: string }[]> {
  const dir = join(pagefindDir, 'fragment');
  // Sorted, as the pages are: pagefind.json lists them in this order.
  const names = (await readdir(dir)).filter((name) => name.endsWith('.pf_fragment')).sort();
  return mapConcurrently(names, IN_FLIGHT, async (name) => ({
    id: name.replace(/\.pf_fragment$/, ''),
    url: fragmentUrl(await readFile(join(dir, name))),
  }));
}

/** A run of Pagefind: its result, and a way to end it before it is done. */
export interface PagefindRun {
  /** The pages Pagefind indexed; its log on failure. */
  done: Promise<{ pages: number }>;
  /** Ends the run, if it has not ended; settles once the program has exited. */
  stop(): Promise<void>;
}

/** Runs Pagefind over `site`, writing its index to `outputPath`. */
async function runPagefind(site: string, outputPath: string): Promise<PagefindRun> {
  const child = spawn(await pagefindProgram(), ['--site', site, '--output-path', outputPath], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString('utf8')));
  const exited = new Promise<number | null>((done) => {
    child.on('error', () => done(null));
    child.on('close', done);
  });
  const done = new Promise<{ pages: number }>((resolve, fail) => {
    child.on('error', (error) =>
      fail(new Error(`検索インデックスの作成に失敗しました: Pagefind を起動できません（${error.message}）。`)),
    );
    child.on('close', (status) => {
      const pages = /Indexed (\d+) pages?/.exec(log);
      if (status === 0 && pages) resolve({ pages: Number(pages[1]) });
      else fail(new Error(`検索インデックスの作成に失敗しました（Pagefind の終了コード ${status}）:\n${log.trim()}`));
    });
  });
  // Awaited by whoever uses the run; a run that is stopped or replaced is not.
  done.catch(() => {});
  return {
    done,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}

/** A page read for the phrase index before the index step, valid while its file is unchanged. */
export interface PreparedPage {
  size: number;
  mtimeMs: number;
  /** Undefined for a page without a searchable part; with it, its copy for Pagefind is written. */
  page?: SearchPage;
}

/**
 * What the index step reads of a searchable page: the page for the phrase index, read from the
 * copy of what Pagefind indexes (the same text, sections, meta and filters: a third of the page to
 * parse), and that copy with its full-width letters and digits folded, for Pagefind.
 */
function readSearchable(html: string): { page: SearchPage; input: string } {
  const indexed = pagefindInput(html);
  return { page: searchPage(indexed), input: halfWidthAlphanumerics(indexed) };
}

/** Writes `text` at the place of `file` (a page of `site`) in the folder Pagefind reads, `input`. */
function writeCopy(site: string, input: string, file: string, text: string | Buffer): void {
  const copy = join(input, relative(site, file));
  mkdirSync(dirname(copy), { recursive: true });
  writeFileSync(copy, text);
}

/**
 * Reads a page of `site` for the indexes ahead of the index step (scripts/build.ts does, while Astro
 * is still writing other pages), writing the copy Pagefind reads into `input`; undefined while the
 * file is still being written.
 */
export function preparePage(file: string, site: string, input: string): PreparedPage | undefined {
  const { size, mtimeMs } = statSync(file);
  const bytes = readFileSync(file);
  if (bytes.length !== size) return undefined;
  if (!bytes.includes('data-pagefind-body')) return { size, mtimeMs };
  const { page, input: copy } = readSearchable(bytes.toString('utf8'));
  writeCopy(site, input, file, copy);
  return { size, mtimeMs, page };
}

/**
 * Starts Pagefind as soon as Astro has written every page (scripts/build.ts watches its log), while
 * it still makes the optimized images, runs its last hooks and exits: the pages not read ahead yet
 * are read here, and Pagefind indexes the copies in `input`. The index step (indexSite) keeps the
 * run only if it then finds every page as it was read; otherwise it runs Pagefind again.
 * Undefined when a page cannot be read yet, or no page has a searchable part (the index step
 * then starts Pagefind itself).
 */
export async function startPagefind(
  outDir: string,
  prepared: Map<string, PreparedPage>,
  input: string,
  log: (line: string) => void,
): Promise<PagefindRun | undefined> {
  for (const file of await htmlFiles(outDir)) {
    if (prepared.has(file)) continue;
    let page: PreparedPage | undefined;
    try {
      page = preparePage(file, outDir, input);
    } catch {
      // Gone since it was listed.
    }
    if (!page) return undefined;
    prepared.set(file, page);
  }
  const copies = [...prepared.values()].filter((ready) => ready.page).length;
  if (copies === 0) return undefined;
  log(`Pagefind: ${copies} ページに索引を作ります…`);
  return runPagefind(input, join(outDir, 'pagefind'));
}

/**
 * Writes `pagefind/` and `search-index/` into `outDir`; `log` gets a line as it starts and ends.
 * Pagefind reads the copies in `input` (a folder beside the site, removed before this returns):
 * `prepared` holds pages read ahead, whose copies are there already (preparePage); each counts only
 * if its file has kept the size and modification time it had then, and is read again here otherwise.
 * `started` is a run of Pagefind begun before this step (startPagefind): kept if no copy has changed
 * since, else stopped and run again.
 */
export async function indexSite(
  outDir: string,
  log: (line: string) => void,
  prepared: ReadonlyMap<string, PreparedPage> = new Map(),
  input = `${outDir}.search-input`,
  started?: PagefindRun,
): Promise<void> {
  // Copies left by an index step that was stopped belong to no page of this site.
  if (prepared.size === 0) rmSync(input, { recursive: true, force: true });
  try {
    const files = await htmlFiles(outDir);
    const listed = new Set(files);
    /** Whether a copy was written or removed here, after a run begun before this step read them. */
    let changed = false;
    for (const [file, ready] of prepared) {
      if (ready.page && !listed.has(file)) {
        rmSync(join(input, relative(outDir, file)), { force: true });
        changed = true;
      }
    }
    // Only pages that mark their searchable part are indexed; the rest (home, 404, search, the
    // editions' contents) stay out. Pagefind would leave them out too, since the others have a
    // data-pagefind-body, but only after parsing them: they have no copy.
    const pages: { file: string; page: SearchPage }[] = [];
    const unsearched: string[] = [];
    for (const file of files) {
      const { size, mtimeMs } = statSync(file);
      const ready = prepared.get(file);
      if (ready?.size === size && ready.mtimeMs === mtimeMs) {
        if (ready.page) pages.push({ file, page: ready.page });
        else unsearched.push(file);
        continue;
      }
      // Not read ahead (the last few pages Astro wrote, or any changed since): read now.
      const bytes = readFileSync(file);
      if (bytes.includes('data-pagefind-body')) {
        const { page, input: copy } = readSearchable(bytes.toString('utf8'));
        writeCopy(outDir, input, file, copy);
        pages.push({ file, page });
        changed = true;
      } else {
        const copy = join(input, relative(outDir, file));
        if (existsSync(copy)) {
          rmSync(copy);
          changed = true;
        }
        unsearched.push(file);
      }
    }
    // Without any searchable part, Pagefind reads every page, as written.
    if (pages.length === 0) {
      for (const file of unsearched) writeCopy(outDir, input, file, readFileSync(file));
      changed = true;
    }

    const pagefindDir = join(outDir, 'pagefind');
    let run = started;
    if (!run || changed) {
      if (run) {
        // Its index was of copies that have changed since.
        await run.stop();
        rmSync(pagefindDir, { recursive: true, force: true });
      }
      log(`Pagefind: ${pages.length || unsearched.length} ページに索引を作ります…`);
      run = await runPagefind(input, pagefindDir);
    }
    const indexing = run.done;
    // The build waits for Pagefind, which keeps about one and a half cores busy; the phrase index
    // needs far less and is done by the time Pagefind is when it yields to it. On Linux a nice value
    // belongs to a thread: this lowers only the thread building the phrase index, not Pagefind.
    try {
      setPriority(10);
    } catch {
      // Only a lost speed-up where a thread's priority cannot be changed.
    }

    const built = buildSearchIndex(pages.map(({ file, page }) => ({ url: pageUrl(outDir, file), page })));
    const outputs = [...built].map(([path, json]) => [join(outDir, 'search-index', path), json] as const);
    for (const folder of new Set(outputs.map(([target]) => dirname(target)))) mkdirSync(folder, { recursive: true });
    // One after another: 32 writes at a time into one folder took more system time (docs/benchmark.md).
    for (const [target, json] of outputs) writeFileSync(target, json);

    const { pages: indexed } = await indexing;
    // Pagefind has read the copies: they go while its fragments are read.
    const removing = rm(input, { recursive: true, force: true });
    // The search page lists Pagefind's related results by these ids (src/client/search.ts).
    const manifest = JSON.parse(built.get('pages.json')!) as SearchIndexManifest;
    writeFileSync(
      join(outDir, 'search-index', manifest.version, 'pagefind.json'),
      JSON.stringify(pagefindPages(manifest, await pagefindFragments(pagefindDir))),
    );
    log(
      `Pagefind: ${indexed} ページを索引にしました` +
        (pages.length && unsearched.length
          ? `（data-pagefind-body のない ${unsearched.length} ページは検索の対象外です）。`
          : '。'),
    );
    await removing;
  } finally {
    rmSync(input, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const site = process.argv[2];
  if (!site) throw new Error('使い方: node scripts/index-site.ts <サイトのフォルダ>');
  await indexSite(site, (line) => console.log(`[lcwp:pagefind] ${line}`));
}
