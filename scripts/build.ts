/**
 * `npm run build`: builds the site into a temporary folder beside the output folder and moves it
 * into place only when the whole build (Astro and its integrations, then the search indexes)
 * succeeded. A failed build leaves the previous output untouched, so a deploy never picks up a
 * half-written site.
 *
 * The content check (scripts/content-check/cli.ts) runs alongside Astro: Astro's log is held back until
 * the check has passed, and when the check finds an error Astro is stopped and only the check's
 * "file › field: fix" list is shown, as if the check had run first. Beside Astro it adds no wall
 * time of its own: it runs on the core Astro leaves idle while it starts (docs/benchmark.md).
 * The social cards are drawn alongside too (scripts/render-cards.ts) and put into the output after
 * Astro, as the books are.
 *
 * When a page fails to render, Astro names a route and a compiled chunk; this then names the
 * content file behind that route and what in it would fail (the checks of check:content).
 *
 * scripts/index-site.ts writes the search indexes into the new output: Pagefind from the moment Astro
 * says it has written its last page, the rest after Astro has exited.
 *
 * ASTRO_OUT_DIR names the output folder (default dist/); extra arguments go to `astro build`.
 *
 * The steps, in the order main() takes them: checkContent, prepareBooks, reuseIfUnchanged,
 * drawCardsAlongside, runAstro (with readPagesAhead), stopIfCheckFails, failRender when a page
 * failed, books.install, indexSiteAndCards, moveIntoPlace.
 */
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { setPriority } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { prepareBooks, type PreparedBooks } from './build-books.ts';
import { describeBooksFailure } from './lib/books-failure.ts';
import { pagesStarted, pagesWrittenWatcher } from './lib/astro-log.ts';
import { canReuse, inputDigest, recordBuild, stampFile } from './lib/build-reuse.ts';
import { installCards, readCardList, type CardFile } from './lib/card-files.ts';
import { logTail } from './lib/log-tail.ts';
import type { PagefindRun, PreparedPage } from './index-site.ts';
import { startContentCheck, type ContentCheck } from './content-check/alongside.ts';
import { productionEnv } from './lib/production-env.ts';

type IndexSite = typeof import('./index-site.ts');

/** The output folder and the siblings the build writes beside it. */
interface Folders {
  outDir: string;
  /** Where the new site is built. */
  partial: string;
  /** Where the old output waits while the new one is moved into place. */
  previous: string;
  /** Where Pagefind's copies of the new site's searchable pages are written (scripts/index-site.ts). */
  searchInput: string;
  /** The output folder as the messages name it. */
  shown: string;
}

/** ASTRO_OUT_DIR or dist/, and its siblings: beside it, so that the moves stay on one filesystem. */
function outputFolders(): Folders {
  const outDir = resolve(process.env.ASTRO_OUT_DIR || 'dist');
  return {
    outDir,
    partial: `${outDir}.partial`,
    previous: `${outDir}.previous`,
    searchInput: `${outDir}.partial.search-input`,
    shown: relative(process.cwd(), outDir) || outDir,
  };
}

/** Started first and run beside everything else: its verdict decides whether Astro's log is ever shown. */
function checkContent(contentDir: string): ContentCheck {
  return startContentCheck(contentDir);
}

/**
 * Rendering 1,600 pages again for nothing is what this spares: when a build of the same inputs
 * wrote this output and it is untouched, the build ends here (REBUILD=1 builds all the same).
 * Otherwise it returns what the build records once it has written the output.
 */
function reuseIfUnchanged(
  { outDir, shown }: Folders,
  contentDir: string,
  astroArgs: string[],
  books: PreparedBooks,
  callerEnv: NodeJS.ProcessEnv,
  check: ContentCheck,
  started: number,
): { digest: string; stamp: string } {
  const digest = inputDigest({
    root: process.cwd(),
    contentDir,
    outDir,
    extra: { astroArgs, books: books.files.map(({ path, bytes }) => [relative(process.cwd(), path), bytes]) },
    env: callerEnv,
  });
  const stamp = stampFile(process.env.ASTRO_CACHE_DIR ?? join('node_modules', '.cache'), outDir);
  // Every recorded build passed the check on these same inputs: it has nothing new to say.
  if (process.env.REBUILD !== '1' && canReuse(stamp, digest, outDir)) {
    check.stop();
    if (books.env.BOOKS_MANIFEST) rmSync(books.env.BOOKS_MANIFEST, { force: true });
    console.log(
      `${shown}/ は前回のビルドと同じ入力（内容・コード・設定・環境）から作られ、そのまま残っています。` +
        `ビルドを省きました（${Math.round(performance.now() - started)} ms）。作り直すには REBUILD=1 npm run build。`,
    );
    process.exit(0);
  }
  return { digest, stamp };
}

/** The card step as the rest of the build sees it. */
interface CardStep {
  /** The list the step writes for this build. */
  list: string;
  /** Ends the step (a build that stops). */
  kill(): void;
  /** The cards of this build: the step's list, or, when the step failed or was left out, drawn here. */
  drawn(): Promise<CardFile[]>;
}

/**
 * The social cards are drawn alongside, at low priority, into the card cache (scripts/render-cards.ts),
 * which lists them for this build; they are linked into the output once Astro is done. Started once
 * a build is certain: a reused output needs no cards, and even finding them all takes a while.
 */
function drawCardsAlongside(contentDir: string, outDir: string): CardStep {
  const cardList = `${outDir}.cards.json`;
  rmSync(cardList, { force: true });
  mkdirSync(dirname(cardList), { recursive: true });
  // CARD_STEP=skip leaves the step out, so that the build draws the cards itself as when the step fails.
  const cards =
    process.env.CARD_STEP === 'skip'
      ? undefined
      : // A young generation of 1 MB: the cards are drawn while Vite bundles, when the build peaks in
        // memory, and the card step's RSS fell by a fifth with no loss of speed (docs/benchmark.md).
        spawn(process.execPath, ['--max-semi-space-size=1', join('scripts', 'render-cards.ts'), contentDir, cardList], {
          stdio: ['ignore', 'ignore', 'pipe'],
          env: productionEnv(),
        });
  const cardsLog = logTail(10_000);
  cards?.stderr?.on('data', cardsLog.add);
  const cardsEnded = new Promise<boolean>((done) => {
    if (!cards) return done(false);
    cards.once('error', () => done(false));
    cards.once('close', (status) => done(status === 0));
  });
  if (cards?.pid) setPriority(cards.pid, 10);
  return {
    list: cardList,
    kill: () => cards?.kill(),
    async drawn() {
      const list = (await cardsEnded) ? await readCardList(cardList) : undefined;
      rmSync(cardList, { force: true });
      if (list) return list;
      console.warn(`[cards] OG カードを並行して描く手順が失敗したので、ここで描きます。${cardsLog.text().trim()}`);
      const { drawCards } = await import('./render-cards.ts');
      return drawCards(contentDir);
    },
  };
}

/**
 * V8 collects Astro's garbage lazily, up to a heap limit set from the machine's memory: on a large
 * machine a build held several times the heap it could run within (docs/benchmark.md).
 * 1 MiB per content file (never under 1 GiB), over twice that need, keeps the memory down at no
 * measurable cost in time. A limit the caller set in NODE_OPTIONS wins.
 */
function astroNodeOptions(contentDir: string): string {
  const given = process.env.NODE_OPTIONS ?? '';
  if (given.includes('--max-old-space-size')) return given;
  const files = readdirSync(contentDir, { recursive: true }).filter((f) => /\.mdx?$/.test(String(f))).length;
  return `${given} --max-old-space-size=${Math.max(1024, files)}`.trim();
}

/** `astro build` as the build runs it. */
interface AstroRun {
  child: ChildProcessByStdio<null, Readable, Readable>;
  /** Settles with Astro's exit status. */
  closed: Promise<number | null>;
  /** Writes out what Astro logged while it was held back; from then on its log is shown as it comes. */
  release(): void;
  /** The end of Astro's log, to find the page that failed. */
  log(): string;
}

/**
 * Astro's build, into the partial folder, started beside the check: its log is held back until the
 * check has passed, then shown as it comes; the end of the log is kept to find the page that failed.
 */
function runAstro(astroArgs: string[], books: PreparedBooks, partial: string, contentDir: string): AstroRun {
  const astro = spawn(process.execPath, [join('node_modules', 'astro', 'bin', 'astro.mjs'), 'build', ...astroArgs], {
    stdio: ['inherit', 'pipe', 'pipe'],
    // CARDS_BY_BUILD: the /og/ route leaves the cards to this script.
    env: {
      ...productionEnv(),
      ...books.env,
      ASTRO_OUT_DIR: partial,
      NODE_OPTIONS: astroNodeOptions(contentDir),
      CARDS_BY_BUILD: '1',
    },
  });
  const log = logTail(100_000);
  let held: [NodeJS.WriteStream, Buffer][] | undefined = [];
  const tee = (to: NodeJS.WriteStream) => (chunk: Buffer) => {
    if (held) held.push([to, chunk]);
    else to.write(chunk);
    log.add(chunk);
  };
  astro.stdout.on('data', tee(process.stdout));
  astro.stderr.on('data', tee(process.stderr));
  return {
    child: astro,
    closed: new Promise<number | null>((done) => astro.on('close', done)),
    release() {
      for (const [to, chunk] of held ?? []) to.write(chunk);
      held = undefined;
    },
    log: log.text,
  };
}

/** The pages read ahead, and Pagefind when it was started before Astro's process ended. */
interface ReadAhead {
  prepared: Map<string, PreparedPage>;
  /** Undefined until Astro has written its last page (or when Pagefind could not start early). */
  pagefind?: Promise<PagefindRun | undefined>;
}

/**
 * The indexes read the pages while Astro is still writing others, on the core the card step has
 * left, and Pagefind's copies of them are written then (scripts/index-site.ts): in the index step
 * the same decoding and parsing competed with Pagefind and slowed it, and the copies delayed its
 * start (docs/benchmark.md).
 * Astro names each page as it starts it (`├─ /2021/x/index.html`) and renders four at a time
 * (build.concurrency): a page eight names back has been written. indexSite uses a page read here
 * only if its file has not changed since. Once Astro says it has written every page, Pagefind is
 * started on the copies, while Astro still makes images, runs its last hooks and exits.
 */
function readPagesAhead(
  astroStdout: Readable,
  { partial, searchInput }: Folders,
  indexer: Promise<IndexSite>,
  log: (line: string) => void,
): ReadAhead {
  const ahead: ReadAhead = { prepared: new Map() };
  const announced: string[] = [];
  let next = 0;
  let preparer: IndexSite | undefined;
  indexer.then(
    (module) => (preparer = module),
    // A failure to load surfaces where the index step awaits it.
    () => {},
  );
  const pagesWritten = pagesWrittenWatcher();
  function prepareWritten(chunk: Buffer): void {
    const text = chunk.toString('utf8');
    for (const path of pagesStarted(text)) announced.push(join(partial, path));
    for (; preparer && next < announced.length - 8; next++) {
      try {
        const page = preparer.preparePage(announced[next], partial, searchInput);
        if (page) ahead.prepared.set(announced[next], page);
      } catch {
        // Not there (yet): the index step reads it.
      }
    }
    // Fed every piece, so that it reads the log whole.
    const written = pagesWritten(text);
    if (written && preparer && !ahead.pagefind) {
      // A run that cannot start here is started by the index step.
      ahead.pagefind = preparer.startPagefind(partial, ahead.prepared, searchInput, log).catch(() => undefined);
    }
  }
  astroStdout.on('data', prepareWritten);
  return ahead;
}

/** Ends a build whose content check found errors: the check has printed its list, nothing else is shown. */
function stopForCheck(shown: string): never {
  console.error(
    `\nビルドを止めました。${shown}/ は前のままです。上の問題をすべて直してから、もう一度 npm run build してください。`,
  );
  process.exit(1);
}

/**
 * The books step with the check beside it. A content fault usually trips the books' own Astro build
 * too, and often first: the books step then waits for the check, and when the check has found
 * errors, only its list is shown. When the check fails first, the books step is stopped.
 */
async function prepareBooksBesideCheck(check: ContentCheck, contentDir: string, shown: string): Promise<PreparedBooks> {
  const abort = new AbortController();
  const books = prepareBooks({ signal: abort.signal });
  const settled = books.then(
    () => 'books' as const,
    () => 'books' as const,
  );
  const checkFailed = check.result.then(({ ok }) => (ok ? settled : ('check' as const)));
  if ((await Promise.race([settled, checkFailed])) === 'check') {
    abort.abort();
    stopForCheck(shown);
  }
  try {
    return await books;
  } catch (error) {
    if (!(await check.result).ok) stopForCheck(shown);
    console.error(`\n${await describeBooksFailure(error, contentDir)}`);
    console.error(`\nビルドに失敗しました。${shown}/ は前のままです。`);
    process.exit(1);
  }
}

/** As if the check had run first: when it finds an error, Astro is stopped and only the check's list is shown. */
async function stopIfCheckFails(check: ContentCheck, astro: AstroRun, discard: () => Promise<void>, shown: string) {
  const checked = await check.result;
  if (!checked.ok) {
    astro.child.kill();
    await astro.closed;
    await discard();
    stopForCheck(shown);
  }
  astro.release();
}

/** Astro names a route and a compiled chunk; an editor needs the content file behind it and what in it would fail. */
async function failRender(
  status: number | null,
  log: string,
  contentDir: string,
  shown: string,
  discard: () => Promise<void>,
): Promise<never> {
  await discard();
  // Only a failed build needs these (they load the MDX compiler): kept out of the build's memory.
  const { failedRoute, sourceOfRoute } = await import('./lib/render-failure.ts');
  const { checkMdxFile } = await import('./content-check/files.ts');
  const { formatProblems } = await import('../src/lib/content-check/problems.ts');
  const route = failedRoute(log);
  const source = route && sourceOfRoute(route, contentDir, process.env.SITE_BASE);
  if (source) {
    const problems = source.endsWith('.mdx') ? await checkMdxFile(source) : [];
    console.error(
      `\n${route} を作るときに止まりました。このページの内容は ${relative(process.cwd(), source)} です。` +
        (problems.length ? `\n${formatProblems(problems)}` : ''),
    );
  }
  console.error(
    `\nビルドに失敗しました。${shown}/ は前のままです（書きかけのサイトは残していません）。` +
      '上のメッセージの「ファイル › 欄: 直し方」を直してから、もう一度 npm run build してください。',
  );
  process.exit(status ?? 1);
}

const clock = () => new Date().toTimeString().slice(0, 8);
const indexLog = (line: string) => console.log(`${clock()} [lcwp:pagefind] ${line}`);

/**
 * The search indexes, once Astro's process has ended and given its memory back; meanwhile the
 * cards, when their step is still drawing.
 */
async function indexSiteAndCards(
  { partial, searchInput, shown }: Folders,
  indexer: Promise<IndexSite>,
  { prepared, pagefind }: ReadAhead,
  cards: CardStep,
  discard: () => Promise<void>,
): Promise<void> {
  try {
    const { indexSite } = await indexer;
    await Promise.all([
      indexSite(partial, indexLog, prepared, searchInput, await pagefind),
      cards.drawn().then((list) => installCards(partial, list)),
    ]);
  } catch (error) {
    await discard();
    console.error(
      `\n${error instanceof Error ? error.message : String(error)}\n\nビルドに失敗しました。${shown}/ は前のままです（書きかけのサイトは残していません）。`,
    );
    process.exit(1);
  }
}

/** Only a whole new site replaces the old one, so a deploy never picks up a half-written site. */
function moveIntoPlace({ outDir, partial, previous }: Folders): void {
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(outDir)) renameSync(outDir, previous);
  renameSync(partial, outDir);
  rmSync(previous, { recursive: true, force: true });
}

/** The steps in order; the check, the cards and the reading ahead of pages run beside Astro. */
async function main(): Promise<void> {
  const folders = outputFolders();
  const { outDir, partial, searchInput, shown } = folders;
  rmSync(partial, { recursive: true, force: true });
  rmSync(searchInput, { recursive: true, force: true });
  const started = performance.now();
  // As the caller set it: typesetting the books changes this process's environment (NODE_ENV among it).
  const callerEnv = { ...process.env };
  const contentDir = process.env.CONTENT_DIR ?? 'content';
  const check = checkContent(contentDir);
  // The PDF and EPUB of each edition come first, so the pages link exactly the files that exist.
  const books = await prepareBooksBesideCheck(check, contentDir, shown);
  const astroArgs = process.argv.slice(2);
  const { digest, stamp } = reuseIfUnchanged(folders, contentDir, astroArgs, books, callerEnv, check, started);
  const cards = drawCardsAlongside(contentDir, outDir);
  const astro = runAstro(astroArgs, books, partial, contentDir);
  // Loaded while Astro works, so that loading it adds nothing after Astro.
  const indexer = import('./index-site.ts');
  const ahead = readPagesAhead(astro.child.stdout, folders, indexer, indexLog);
  /** A build that stops leaves nothing behind: no half-written site, no book list; the output is as it was. */
  async function discard(): Promise<void> {
    cards.kill();
    // Before its folders go: a Pagefind still running would write into them again.
    await (await ahead.pagefind)?.stop();
    rmSync(partial, { recursive: true, force: true });
    rmSync(searchInput, { recursive: true, force: true });
    rmSync(cards.list, { force: true });
    if (books.env.BOOKS_MANIFEST) rmSync(books.env.BOOKS_MANIFEST, { force: true });
  }
  await stopIfCheckFails(check, astro, discard, shown);
  const status = await astro.closed;
  if (status !== 0) await failRender(status, astro.log(), contentDir, shown, discard);
  books.install(partial);
  await indexSiteAndCards(folders, indexer, ahead, cards, discard);
  moveIntoPlace(folders);
  recordBuild(stamp, digest, outDir);
  console.log(`${shown}/ に書き出しました（${Math.round(performance.now() - started)} ms）。`);
}

await main();
