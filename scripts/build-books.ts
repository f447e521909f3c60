/**
 * The PDF (A4, for print) and EPUB 3 of every published edition, typeset by Vivliostyle with
 * Debian's Chromium from the same MDX chapters and components as the site.
 *
 * 1. Each edition's inputs (its content folder, the registries, the code and styles that render a
 *    book, the site address, the browser) are hashed; an edition whose hash has files in the cache
 *    (node_modules/.cache/lcwp-books/) reuses them.
 * 2. Otherwise a small Astro build (astro.book.config.mjs, pages in src/book/) renders each edition
 *    as one HTML document; rehype plugins make its ids unique, set footnotes for print and make
 *    links work outside the site; Vivliostyle typesets it with src/styles/book-print.css (PDF) or
 *    book-epub.css (EPUB); pdf-lib completes the PDF's metadata.
 * 3. The site build gets a manifest of the files (BOOKS_MANIFEST), so pages link exactly the files
 *    that exist, and the files are copied beside each edition page (/2021/lcwp-2021.pdf).
 *
 * Without Chromium (CHROMIUM_PATH, else /usr/bin/chromium) nothing is built and nothing is linked;
 * the build says so once. BOOKS=off skips the books; builds of another corpus (CONTENT_DIR: tests,
 * benchmark) skip them unless BOOKS=on. `npm run books` runs this step alone.
 */
import { XMLBuilder, XMLParser } from 'fast-xml-parser';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Element, Root } from 'hast';
import { createHash } from 'node:crypto';
import { spawn } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Pluggable } from 'unified';
import { BOOK_FORMATS, bookFileName, type BookFile, type BookFormat, type BookManifest } from '../src/lib/books.ts';
import { isVisible } from '../src/lib/editions.ts';
import { normaliseBase } from '../src/lib/urls.ts';
import { bookDate, epubModified, zipEntryDate } from './lib/book-date.ts';
import { bookIdentifier } from './lib/book-identifier.ts';
import { BooksFailed, describeBooksFailure } from './lib/books-failure.ts';
import { logTail } from './lib/log-tail.ts';
import { productionEnv } from './lib/production-env.ts';

const CACHE = resolve(process.env.BOOKS_CACHE_DIR || 'node_modules/.cache/lcwp-books');
/** Cached builds kept per edition (the tests build at two base paths, so at least two). */
const KEEP = 4;

/** Code, styles and settings every book depends on, besides its edition's own folder. */
const SHARED_INPUTS = [
  'src/book',
  'src/components/mdx',
  'src/content.config.ts',
  'src/data',
  'src/lib',
  'src/plugins',
  'src/schemas',
  'src/styles/tokens.css',
  'src/styles/book-content.css',
  'src/styles/book-print.css',
  'src/styles/book-epub.css',
  'astro.config.mjs',
  'astro.book.config.mjs',
  'scripts/build-books.ts',
  'scripts/lib/book-identifier.ts',
  'scripts/lib/book-date.ts',
  'scripts/lib/pdf-structure-ids.ts',
  'package-lock.json',
];

/** Fonts embedded in the PDF: TrueType outlines, which Chromium embeds as subsets (it would turn
 * the CFF outlines of the Noto CJK collections into Type 3 fonts). */
const FONTS = [
  ['NotoSansJP-Regular.ttf', '@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf'],
  ['NotoSansJP-Bold.ttf', '@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf'],
  ['NotoSerifJP-SemiBold.ttf', '@expo-google-fonts/noto-serif-jp/600SemiBold/NotoSerifJP_600SemiBold.ttf'],
] as const;

interface Edition {
  year: number;
  title: string;
  publisher: string;
  summary: string;
  published: string;
  /** The date the book's files carry (scripts/lib/book-date.ts). */
  date: Date;
}

export interface PreparedBooks {
  /** Files for the site build (path in the cache included). */
  files: (BookFile & { path: string })[];
  /** Environment for the Astro site build: where the manifest is. */
  env: Record<string, string>;
  /** Copies the files beside their edition pages in a built site. */
  install(siteDir: string): void;
}

/** Debian's Chromium, or the browser CHROMIUM_PATH names. */
function chromium(): string {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

function log(message: string) {
  console.log(`[books] ${message}`);
}

function contentRoot(): string {
  return resolve(process.env.CONTENT_DIR ?? 'content');
}

/** The editions this build publishes, read from their index files. */
async function publishedEditions(): Promise<Edition[]> {
  const dir = join(contentRoot(), 'editions');
  if (!existsSync(dir)) return [];
  // Loaded here and in the steps below only when books are made: scripts/build.ts imports this
  // module before it starts Astro, and these imports lengthened that wait in every build.
  const { parseFrontmatter } = await import('@astrojs/markdown-remark');
  const includeDrafts = process.env.PREVIEW_DRAFTS === '1';
  return readdirSync(dir)
    .filter((name) => /^\d{4}$/.test(name))
    .flatMap((name) => {
      const index = ['index.mdx', 'index.md'].map((f) => join(dir, name, f)).find((f) => existsSync(f));
      if (!index) return [];
      const { frontmatter } = parseFrontmatter(readFileSync(index, 'utf8'));
      if (!isVisible(frontmatter, includeDrafts)) return [];
      // YAML reads 2021-06-10 as a date; 2019-05 and 2020 stay strings.
      const published =
        frontmatter.published instanceof Date
          ? frontmatter.published.toISOString().slice(0, 10)
          : String(frontmatter.published);
      return [
        {
          year: Number(name),
          title: String(frontmatter.title),
          publisher: String(frontmatter.publisher ?? '一般社団法人 地域・人材共創機構（CAREER FOR）'),
          summary: String(frontmatter.summary ?? ''),
          published,
          // A SOURCE_DATE_EPOCH that is not a number stops the build here, before anything is typeset.
          date: bookDate(published, process.env.SOURCE_DATE_EPOCH),
        },
      ];
    })
    .sort((a, b) => a.year - b.year);
}

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

function hashFiles(hash: ReturnType<typeof createHash>, files: string[]) {
  for (const file of files) {
    hash.update(relative(process.cwd(), file)).update('\0').update(readFileSync(file)).update('\0');
  }
}

/** One hash per edition: its folder plus everything shared. */
function editionHashes(editions: Edition[]): Map<number, string> {
  const root = contentRoot();
  const shared = createHash('sha256');
  shared.update(
    JSON.stringify({
      site: siteUrl(),
      base: siteBase(),
      drafts: process.env.PREVIEW_DRAFTS,
      sourceDate: process.env.SOURCE_DATE_EPOCH,
    }),
  );
  const browser = statSync(chromium());
  shared.update(`${chromium()}:${browser.size}:${browser.mtimeMs}`);
  hashFiles(shared, [
    ...SHARED_INPUTS.flatMap((p) => filesUnder(resolve(p))),
    ...readdirSync(root)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => join(root, f)),
  ]);
  const sharedDigest = shared.digest('hex');
  return new Map(
    editions.map((e) => {
      const hash = createHash('sha256').update(sharedDigest);
      hashFiles(hash, filesUnder(join(root, 'editions', String(e.year))));
      return [e.year, hash.digest('hex').slice(0, 16)];
    }),
  );
}

function siteUrl(): string {
  return process.env.SITE_URL || 'http://localhost:4321';
}

function siteBase(): string {
  return normaliseBase(process.env.SITE_BASE);
}

const cached = (year: number, hash: string) => join(CACHE, `${year}-${hash}`);

function cachedFiles(year: number, hash: string): (BookFile & { path: string })[] | undefined {
  const dir = cached(year, hash);
  const files = BOOK_FORMATS.map((format) => ({ year, format, path: join(dir, bookFileName(year, format)) }));
  if (!files.every((f) => existsSync(f.path))) return undefined;
  return files.map((f) => ({ ...f, bytes: statSync(f.path).size }));
}

/** Keeps the newest few cached builds of an edition. */
function prune(year: number) {
  const dirs = readdirSync(CACHE)
    .filter((name) => name.startsWith(`${year}-`))
    .map((name) => join(CACHE, name))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  for (const dir of dirs.slice(KEEP)) rmSync(dir, { recursive: true, force: true });
}

/**
 * Renders every published edition as one HTML document (src/book/pages/[year]/index.astro). Its log
 * is kept, not printed: a content fault makes this build fail too, and the editor is to get the
 * content check's list, not Astro's stack trace (scripts/build.ts).
 */
async function renderHtml(htmlDir: string, signal?: AbortSignal): Promise<void> {
  rmSync(htmlDir, { recursive: true, force: true });
  const astro = spawn(
    process.execPath,
    [join('node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--config', 'astro.book.config.mjs', '--silent'],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...productionEnv(), BOOK_HTML_DIR: htmlDir }, signal },
  );
  const log = logTail(100_000);
  astro.stdout.on('data', log.add);
  astro.stderr.on('data', log.add);
  const status = await new Promise<number | null>((done) => {
    astro.once('error', () => done(null));
    astro.once('close', done);
  });
  if (status !== 0) throw new BooksFailed('本の HTML を作れませんでした。', log.text());
}

/** The edition's document made ready for one format, with the assets it references beside it. */
async function prepareSource(
  htmlDir: string,
  year: number,
  format: BookFormat,
  dir: string,
): Promise<{ entry: string; cover?: string }> {
  const [{ unified }, { default: rehypeParse }, { default: rehypeStringify }, { visit }, ids, links, footnotes] =
    await Promise.all([
      import('unified'),
      import('rehype-parse'),
      import('rehype-stringify'),
      import('unist-util-visit'),
      import('../src/plugins/rehype-book-ids.ts'),
      import('../src/plugins/rehype-book-links.ts'),
      import('../src/plugins/rehype-print-footnotes.ts'),
    ]);
  const base = siteBase();
  const processor = unified()
    .use(rehypeParse)
    .use([
      ids.rehypeBookIds,
      ...(format === 'pdf' ? [footnotes.rehypePrintFootnotes] : []),
      [links.rehypeBookLinks, { site: new URL(base, siteUrl()).href, base, assets: '_astro/' }],
    ] satisfies Pluggable[])
    .use(rehypeStringify);
  const html = readFileSync(join(htmlDir, String(year), 'index.html'), 'utf8');
  // A list of plugins loses unified's tree type; the tree is still the hast root rehype-parse made.
  const tree = (await processor.run(processor.parse(html))) as Root;
  const assets = new Set<string>();
  let cover: string | undefined;
  visit(tree, 'element', (node: Element) => {
    for (const value of [node.properties.src, node.properties.href]) {
      if (typeof value === 'string' && value.startsWith('_astro/')) assets.add(value);
    }
    const className = node.properties.className;
    if (node.tagName === 'img' && Array.isArray(className) && className.includes('book-cover__image')) {
      cover = String(node.properties.src);
    }
  });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), processor.stringify(tree));
  for (const asset of assets) {
    mkdirSync(join(dir, dirname(asset)), { recursive: true });
    copyFileSync(join(htmlDir, asset), join(dir, asset));
  }
  const styles = resolve('src/styles');
  copyFileSync(join(styles, `book-${format === 'pdf' ? 'print' : 'epub'}.css`), join(dir, 'book.css'));
  copyFileSync(join(styles, 'book-content.css'), join(dir, 'book-content.css'));
  copyFileSync(join(styles, 'tokens.css'), join(dir, 'tokens.css'));
  if (format === 'pdf') {
    mkdirSync(join(dir, 'fonts'), { recursive: true });
    for (const [name, from] of FONTS) copyFileSync(resolve('node_modules', from), join(dir, 'fonts', name));
  }
  return { entry: join(dir, 'index.html'), cover };
}

/**
 * What Vivliostyle leaves out of the EPUB's package document: the publisher, the date of the
 * edition and which image is the cover (readers show it on their shelves); and what it takes from
 * the build (a new random identifier, the clock as the modification time and the entries' times)
 * is made the edition's own (scripts/lib/book-identifier.ts, scripts/lib/book-date.ts), so the same
 * content gives the same EPUB, byte for byte.
 */
function completeEpub(path: string, edition: Edition, cover: string | undefined) {
  const files = unzipSync(readFileSync(path));
  const opfName = Object.keys(files).find((name) => name.endsWith('.opf'));
  if (!opfName) throw new Error(`${path} に OPF がありません`);
  const options = { ignoreAttributes: false, attributeNamePrefix: '@_', preserveOrder: false, format: true };
  const opf = new XMLParser(options).parse(strFromU8(files[opfName]));
  const { metadata, manifest } = opf.package;
  const id = metadata['dc:identifier'];
  metadata['dc:identifier'] =
    typeof id === 'object' ? { ...id, '#text': bookIdentifier(edition.year) } : bookIdentifier(edition.year);
  metadata['dc:publisher'] = edition.publisher;
  metadata['dc:date'] = edition.published;
  const { date } = edition;
  const metas: Record<string, string>[] = [metadata.meta ?? []].flat();
  const modified = metas.find((meta) => meta['@_property'] === 'dcterms:modified');
  if (modified) modified['#text'] = epubModified(date);
  const items: Record<string, string>[] = [manifest.item].flat();
  const coverItem = items.find((item) => item['@_href'] === cover);
  if (coverItem) {
    coverItem['@_properties'] = 'cover-image';
    metadata.meta = metas.concat({ '@_name': 'cover', '@_content': coverItem['@_id'] });
  }
  const { mimetype, ...rest } = files;
  rest[opfName] = strToU8(new XMLBuilder(options).build(opf));
  // mimetype first and stored, as the OCF container requires; the rest in the order of their paths,
  // since Vivliostyle's order varies from one build to the next.
  const sorted = Object.entries(rest).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const zip = zipSync(
    { mimetype: [mimetype, { level: 0 }], ...Object.fromEntries(sorted) },
    { mtime: zipEntryDate(date) },
  );
  writeFileSync(path, zip);
}

/** Title, author, subject, language and dates in the PDF's information dictionary; structure ids that do not vary. */
async function completePdf(path: string, edition: Edition) {
  const { PDFDocument, PDFName, PDFString } = await import('pdf-lib');
  const pdf = await PDFDocument.load(readFileSync(path), { updateMetadata: false });
  pdf.setTitle(edition.title, { showInWindowTitleBar: true });
  pdf.setAuthor(edition.publisher);
  pdf.setSubject(edition.summary);
  pdf.setLanguage('ja');
  pdf.setCreator('ローカルキャリア白書 ウェブ版（Vivliostyle）');
  pdf.setProducer('Vivliostyle, pdf-lib');
  // Not the build's clock (scripts/lib/book-date.ts), nor Chromium's count of DOM nodes: the same book, byte for byte.
  const { renumberStructureIds } = await import('./lib/pdf-structure-ids.ts');
  renumberStructureIds(pdf);
  pdf.setCreationDate(edition.date);
  pdf.setModificationDate(edition.date);
  pdf.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
  pdf.catalog.set(PDFName.of('Lang'), PDFString.of('ja'));
  writeFileSync(path, await pdf.save());
}

/** Builds the books of `editions` into the cache. */
async function buildEditions(editions: Edition[], hashes: Map<number, string>, signal?: AbortSignal) {
  const work = join(CACHE, 'work');
  rmSync(work, { recursive: true, force: true });
  const htmlDir = join(work, 'html');
  await renderHtml(htmlDir, signal);
  const tasks = [];
  const covers = new Map<number, string | undefined>();
  for (const edition of editions) {
    for (const format of BOOK_FORMATS) {
      const dir = join(work, String(edition.year), format);
      const { entry, cover } = await prepareSource(htmlDir, edition.year, format, dir);
      if (format === 'epub') covers.set(edition.year, cover);
      tasks.push({
        entry: basename(entry),
        entryContext: dir,
        title: edition.title,
        author: edition.publisher,
        language: 'ja',
        size: 'A4',
        workspaceDir: join(dir, '.vivliostyle'),
        output: { path: join(work, 'out', String(edition.year), bookFileName(edition.year, format)), format },
      });
    }
  }
  // Loaded only when something is to be typeset: importing Vivliostyle takes a second or two.
  const { build: vivliostyle } = await import('@vivliostyle/cli');
  await vivliostyle({
    configData: tasks,
    executableBrowser: chromium(),
    logLevel: 'silent',
    cwd: work,
    enableViewerStartPage: false,
  });
  for (const edition of editions) {
    const out = join(work, 'out', String(edition.year));
    await completePdf(join(out, bookFileName(edition.year, 'pdf')), edition);
    completeEpub(join(out, bookFileName(edition.year, 'epub')), edition, covers.get(edition.year));
    const target = cached(edition.year, hashes.get(edition.year)!);
    rmSync(target, { recursive: true, force: true });
    renameSync(out, target);
    prune(edition.year);
  }
  rmSync(work, { recursive: true, force: true });
}

function booksWanted(): boolean {
  const setting = process.env.BOOKS ?? 'auto';
  if (setting === 'off') return false;
  if (setting === 'on') return true;
  return process.env.CONTENT_DIR === undefined;
}

/**
 * Builds what is missing, then returns the files and how to link and install them. `signal` stops
 * the books' Astro build (the site build aborts it when the content check has found an error).
 * A failure is a BooksFailed carrying the log of that Astro build.
 */
export async function prepareBooks({ signal }: { signal?: AbortSignal } = {}): Promise<PreparedBooks> {
  const manifestPath = join(CACHE, `manifest-${process.pid}.json`);
  const none: PreparedBooks = { files: [], env: {}, install: () => {} };
  if (!booksWanted()) return none;
  if (!existsSync(chromium())) {
    console.warn(
      `[books] Chromium がありません（${chromium()}）。PDF と EPUB は作らず、ページにもリンクを出しません。` +
        '作るには chromium と fonts-noto-cjk を入れるか、CHROMIUM_PATH にブラウザの場所を設定してください。',
    );
    return none;
  }
  const started = performance.now();
  const editions = await publishedEditions();
  const hashes = editionHashes(editions);
  mkdirSync(CACHE, { recursive: true });
  const missing = editions.filter((e) => !cachedFiles(e.year, hashes.get(e.year)!));
  if (missing.length > 0) {
    log(`${missing.map((e) => e.year).join('・')}年版の PDF と EPUB を組版します…`);
    try {
      await buildEditions(missing, hashes, signal);
    } catch (error) {
      throw new BooksFailed(
        `PDF・EPUB の組版に失敗しました: ${error instanceof Error ? error.message : String(error)}\n` +
          '本を作らずにサイトだけビルドするには BOOKS=off npm run build としてください。',
        error instanceof BooksFailed ? error.log : '',
      );
    }
  }
  const files = editions.flatMap((e) => cachedFiles(e.year, hashes.get(e.year)!) ?? []);
  const manifest: BookManifest = { files: files.map(({ year, format, bytes }) => ({ year, format, bytes })) };
  writeFileSync(manifestPath, JSON.stringify(manifest));
  const reused = editions.length - missing.length;
  log(
    `${files.length} 件（新しく組版 ${missing.length} 版、キャッシュから ${reused} 版）` +
      `${Math.round(performance.now() - started)} ms`,
  );
  return {
    files,
    env: { BOOKS_MANIFEST: manifestPath },
    install(siteDir) {
      for (const f of files) copyFileSync(f.path, join(siteDir, String(f.year), bookFileName(f.year, f.format)));
      rmSync(manifestPath, { force: true });
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const books = await prepareBooks().catch(async (error: unknown) => {
    console.error(await describeBooksFailure(error, process.env.CONTENT_DIR ?? 'content'));
    process.exit(1);
  });
  if (books.env.BOOKS_MANIFEST) rmSync(books.env.BOOKS_MANIFEST, { force: true });
  for (const f of books.files) console.log(`${relative(process.cwd(), f.path)}\t${f.bytes}`);
}
