/**
 * The PDF and EPUB of every published edition, over the real builds: the sub-path build made them
 * with Chromium; the root build had no Chromium and must link nothing. The files are checked with
 * the tools a publisher would use: EPUBCheck (Debian's epubcheck) and poppler-utils.
 */
import * as cheerio from 'cheerio';
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PDFArray, PDFDocument, PDFDict, PDFName, PDFString, PDFHexString } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { bookDate, epubModified } from '../../scripts/lib/book-date.ts';
import { bookIdentifier } from '../../scripts/lib/book-identifier.ts';
import { bookFileName, formatBytes } from '../../src/lib/books.ts';
import { paths } from '../../src/lib/urls.ts';
import { BUILDS } from '../helpers/builds.ts';
import { chapters, editions } from '../helpers/content.ts';
import { allPages, fileOf, page } from '../helpers/site.ts';

const run = promisify(execFile);
const EPUBCHECK = '/usr/share/java/epubcheck.jar';
const sub = BUILDS.sub;
const years = editions.map((e) => e.year);
const file = (year: number, format: 'pdf' | 'epub') => join(sub.outDir, String(year), bookFileName(year, format));

interface EpubMessage {
  ID: string;
  severity: 'FATAL' | 'ERROR' | 'WARNING' | 'USAGE' | 'INFO';
  message: string;
  locations: { path: string; line: number; column: number }[];
}
const epubReports = new Map<number, EpubMessage[]>();

beforeAll(async () => {
  // The EPUBs are checked side by side; each EPUBCheck is a JVM start and a few seconds of work.
  await Promise.all(
    years.map(async (year) => {
      const out = join(sub.outDir, `.epubcheck-${year}.json`);
      // EPUBCheck exits 1 when it finds errors; the report says which. The JVM flags only make a
      // short run start faster (no optimising compiler, one GC thread).
      const jvm = ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-jar', EPUBCHECK];
      await run('java', [...jvm, file(year, 'epub'), '--json', out]).catch(() => undefined);
      const report = JSON.parse(readFileSync(out, 'utf8')) as { messages: EpubMessage[] };
      epubReports.set(year, report.messages);
    }),
  );
}, 240_000);

/** Each page's text (pdftotext -layout; pages end with a form feed). */
function pdfPages(year: number): string[] {
  return execFileSync('pdftotext', ['-layout', file(year, 'pdf'), '-'], { encoding: 'utf8', maxBuffer: 64 << 20 })
    .split('\f')
    .slice(0, -1);
}

const squash = (text: string) => text.replace(/\s+/g, '');

describe.each(years)('the %i edition', (year) => {
  const edition = editions.find((e) => e.year === year)!;
  const own = chapters.filter((c) => c.year === year);

  it('has a PDF and an EPUB beside its page, the PDF within 5 MB', () => {
    expect(existsSync(file(year, 'pdf'))).toBe(true);
    expect(existsSync(file(year, 'epub'))).toBe(true);
    expect(statSync(file(year, 'pdf')).size).toBeLessThanOrEqual(5 * 1024 * 1024);
  });

  it('links both files, with their sizes, from its page and from each of its chapters', () => {
    for (const path of [paths.edition(year), ...own.map((c) => paths.chapter(c.year, c.slug))]) {
      const $ = page(path, 'sub');
      const links = $('a[data-book]')
        .map((_, a) => ({ format: $(a).attr('data-book'), href: $(a).attr('href')!, after: $(a.next!).text() }))
        .get();
      expect(
        links.map((l) => l.format),
        path,
      ).toEqual(['pdf', 'epub']);
      for (const link of links) {
        const target = fileOf(link.href, 'sub');
        expect(link.href, path).toBe(`${sub.base}${year}/${bookFileName(year, link.format as 'pdf' | 'epub')}`);
        expect(existsSync(target), `${path} → ${link.href}`).toBe(true);
        expect(link.after, path).toContain(formatBytes(statSync(target).size));
      }
    }
  });

  it('EPUB: passes EPUBCheck with no error', () => {
    const messages = epubReports.get(year)!;
    const errors = messages.filter((m) => m.severity === 'ERROR' || m.severity === 'FATAL');
    expect(errors.map((m) => `${m.ID} ${m.message} ${m.locations[0]?.path ?? ''}`)).toEqual([]);
  });

  it('EPUB: Japanese, with title, publisher, date, cover and a navigation document listing every chapter', () => {
    const listing = execFileSync('unzip', ['-Z1', file(year, 'epub')], { encoding: 'utf8' }).split('\n');
    const opfPath = listing.find((name) => name.endsWith('.opf'))!;
    const opf = execFileSync('unzip', ['-p', file(year, 'epub'), opfPath], { encoding: 'utf8' });
    expect(opf).toContain('<dc:language>ja</dc:language>');
    expect(opf).toContain(`<dc:title>${edition.title}</dc:title>`);
    expect(opf).toContain(`<dc:publisher>${edition.publisher}</dc:publisher>`);
    expect(opf).toContain(`<dc:date>${edition.published}</dc:date>`);
    // The same identifier in every build (Vivliostyle's own is a new random UUID each time).
    expect(opf).toMatch(new RegExp(`<dc:identifier[^>]*>${bookIdentifier(year)}</dc:identifier>`));
    expect(opf).toMatch(/<item [^>]*media-type="image\/(?:png|jpeg)"[^>]*properties="cover-image"/);
    const navItem = /<item [^>]*href="([^"]+)"[^>]*properties="[^"]*\bnav\b/.exec(opf);
    expect(navItem).not.toBeNull();
    const nav = execFileSync('unzip', ['-p', file(year, 'epub'), join(opfPath, '..', navItem![1])], {
      encoding: 'utf8',
    });
    const $ = cheerio.load(nav, { xml: true });
    const toc = $('nav').filter((_, el) => $(el).attr('epub:type') === 'toc');
    expect(toc).toHaveLength(1);
    const entries = toc
      .find('li')
      .map((_, li) => squash($(li).text()))
      .get();
    for (const chapter of own) expect(entries).toContain(squash(`第${chapter.order}章${chapter.title}`));
  });

  it('PDF: every chapter title is in its text', () => {
    const text = squash(pdfPages(year).join(''));
    for (const chapter of own) expect(text, chapter.title).toContain(squash(chapter.title));
  });

  it('PDF: prints the URL after each external link and every footnote of every chapter', () => {
    const text = squash(pdfPages(year).join(''));
    for (const chapter of own) {
      const $ = page(paths.chapter(chapter.year, chapter.slug), 'sub');
      $('.prose a.external').each((_, a) => {
        const href = $(a).attr('href')!;
        if (squash($(a).text()) !== href) expect(text, `${chapter.slug}: ${href}`).toContain(squash(`（${href}）`));
      });
      $('.prose .footnotes li').each((_, li) => {
        const note = $(li).clone();
        note.find('[data-footnote-backref]').remove();
        // As printed: an external link's URL follows it unless its text is the URL.
        note.find('a.external').each((_, a) => {
          const href = $(a).attr('href')!;
          if (squash($(a).text()) !== href) $(a).append(`（${href}）`);
        });
        expect(text, chapter.slug).toContain(squash(note.text()));
      });
    }
  });

  it('PDF: the page numbers in the 目次 are the pages where the chapters start', () => {
    const pages = pdfPages(year);
    const tocIndex = pages.findIndex((text) => /^\s*目次\s*$/m.test(text));
    expect(tocIndex).toBeGreaterThanOrEqual(0);
    const listed = new Map<number, number>();
    for (const line of pages[tocIndex].split('\n')) {
      // 「第3章 題    13」: the page number ends the entry's first line.
      const entry = /^\s*第(\d+)章.*?[\s.]{2,}(\d+)\s*$/.exec(line);
      if (entry) listed.set(Number(entry[1]), Number(entry[2]));
    }
    expect([...listed.keys()]).toEqual(own.map((c) => c.order));
    for (const chapter of own) {
      // A chapter's first page carries its number and kind above its title (第3章・要約).
      const start = pages.findIndex((text, i) => i > tocIndex && squash(text).includes(`第${chapter.order}章・`));
      expect(start, chapter.title).toBeGreaterThan(tocIndex);
      expect(listed.get(chapter.order), chapter.title).toBe(start + 1);
      expect(squash(pages[start])).toContain(squash(chapter.title));
      // Each chapter starts on a right-hand (odd) page.
      expect((start + 1) % 2, chapter.title).toBe(1);
    }
  });

  it('PDF: every font is embedded as a subset, none as a Type 3 bitmap-style font', () => {
    const rows = execFileSync('pdffonts', [file(year, 'pdf')], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .slice(2);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row).not.toMatch(/Type 3/);
      // Columns: name type encoding emb sub uni object ID
      const [emb, subset] = row.trim().split(/\s+/).slice(-5, -3);
      expect(`${emb} ${subset}`, row).toBe('yes yes');
    }
  });

  it("EPUB and PDF: dated by the edition, never by the build clock, in a fixed order, apart from Chromium's DOM count", async () => {
    // The same content must give the same files on any machine, on any day (scripts/lib/book-date.ts).
    const date = bookDate(edition.published, process.env.SOURCE_DATE_EPOCH);
    const listing = execFileSync('unzip', ['-Z1', file(year, 'epub')], { encoding: 'utf8' }).split('\n');
    const opf = execFileSync('unzip', ['-p', file(year, 'epub'), listing.find((name) => name.endsWith('.opf'))!], {
      encoding: 'utf8',
    });
    expect(opf).toContain(`<meta property="dcterms:modified">${epubModified(date)}</meta>`);
    // In an order of their own (Vivliostyle's varies): mimetype first, as OCF requires, then by path.
    const entries = listing.filter(Boolean);
    expect(entries).toEqual(['mimetype', ...entries.filter((name) => name !== 'mimetype').sort()]);
    // zipinfo -T: each entry's time as yyyymmdd.hhmmss, the wall-clock time in Japan.
    const japan = new Date(date.getTime() + 9 * 3600_000).toISOString();
    const stamp = `${japan.slice(0, 10).replaceAll('-', '')}.${japan.slice(11, 19).replaceAll(':', '')}`;
    const times = execFileSync('unzip', ['-Z', '-T', file(year, 'epub')], { encoding: 'utf8' })
      .split('\n')
      .map((line) => /\s(\d{8}\.\d{6})\s/.exec(line)?.[1])
      .filter(Boolean);
    expect(times.length).toBeGreaterThan(5);
    expect(new Set(times)).toEqual(new Set([stamp]));

    const pdf = await PDFDocument.load(readFileSync(file(year, 'pdf')), { updateMetadata: false });
    expect(pdf.getCreationDate()?.getTime()).toBe(date.getTime());
    expect(pdf.getModificationDate()?.getTime()).toBe(date.getTime());
    // Chromium names a table's structure elements after DOM nodes (node00000763…), one more or less
    // from run to run; the book numbers them from 1.
    const ids = new Set<string>();
    const visit = (object: unknown): void => {
      if (object instanceof PDFString || object instanceof PDFHexString) {
        const text = object.decodeText();
        if (/^node\d+$/.test(text)) ids.add(text);
      } else if (object instanceof PDFDict) for (const [, value] of object.entries()) visit(value);
      else if (object instanceof PDFArray) for (const value of object.asArray()) visit(value);
    };
    for (const [, object] of pdf.context.enumerateIndirectObjects()) visit(object);
    expect(ids.size).toBeGreaterThan(0);
    expect([...ids].sort()).toEqual(
      Array.from({ length: ids.size }, (_, i) => `node${String(i + 1).padStart(8, '0')}`),
    );
  });

  it('PDF: A4 portrait, with title, author, subject, date and language ja, and a bookmark per chapter', async () => {
    const info = execFileSync('pdfinfo', [file(year, 'pdf')], { encoding: 'utf8' });
    expect(info).toMatch(/^Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/m);
    expect(info).toMatch(new RegExp(`^Title:\\s+${edition.title}$`, 'm'));
    expect(info).toMatch(/^Author:\s+.*地域・人材共創機構/m);
    expect(info).toMatch(/^Subject:\s+\S/m);
    expect(info).toMatch(/^CreationDate:\s+\S/m);

    const pdf = await PDFDocument.load(readFileSync(file(year, 'pdf')), { updateMetadata: false });
    const lang = pdf.catalog.lookup(PDFName.of('Lang'));
    expect(lang instanceof PDFString || lang instanceof PDFHexString ? lang.decodeText() : undefined).toBe('ja');
    const titles: string[] = [];
    let item = pdf.catalog.lookup(PDFName.of('Outlines'), PDFDict).lookup(PDFName.of('First')) as PDFDict | undefined;
    while (item) {
      titles.push((item.lookup(PDFName.of('Title')) as PDFString | PDFHexString).decodeText());
      item = item.lookup(PDFName.of('Next')) as PDFDict | undefined;
    }
    for (const chapter of own) expect(titles.map(squash)).toContain(squash(`第${chapter.order}章${chapter.title}`));
  });
});

describe('without Chromium (the root build)', () => {
  it('builds the site with no PDF or EPUB and no link to one', () => {
    const books = readdirSync(BUILDS.root.outDir, { recursive: true }).filter((f) => /\.(pdf|epub)$/.test(String(f)));
    expect(books).toEqual([]);
    const linking = allPages('root').filter(
      (path) => page(path, 'root')('a[data-book], a[href$=".pdf"], a[href$=".epub"]').length > 0,
    );
    expect(linking).toEqual([]);
  });
});
