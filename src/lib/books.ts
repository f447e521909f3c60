/**
 * The downloadable books of an edition (PDF and EPUB): their file names, the ids of their parts,
 * the manifest the build writes and the pages read, and how a size is shown.
 */

export type BookFormat = 'pdf' | 'epub';

export const BOOK_FORMATS: readonly BookFormat[] = ['pdf', 'epub'];

/** `lcwp-2021.pdf`: the file's name, served beside the edition page (`/2021/lcwp-2021.pdf`). */
export function bookFileName(year: number, format: BookFormat): string {
  return `lcwp-${year}.${format}`;
}

/** One file as the manifest records it. */
export interface BookFile {
  year: number;
  format: BookFormat;
  /** Size in bytes. */
  bytes: number;
}

/**
 * What the book build produced in this build: only files that exist are listed, so a page never
 * links a file that is not there (a machine without Chromium gets an empty list).
 */
export interface BookManifest {
  files: BookFile[];
}

/** The files of one edition, PDF first. */
export function booksOf(manifest: BookManifest, year: number): BookFile[] {
  return BOOK_FORMATS.flatMap((format) => manifest.files.filter((f) => f.year === year && f.format === format));
}

/** The reader-facing name of a format, the text of its link. */
export function formatLabel(format: BookFormat): string {
  return format === 'pdf' ? 'PDF' : 'EPUB';
}

/** What follows the link: the paper size of a PDF, and the file's size. */
export function fileDetail(file: Pick<BookFile, 'format' | 'bytes'>): string {
  return file.format === 'pdf' ? `A4、${formatBytes(file.bytes)}` : formatBytes(file.bytes);
}

/** The media type a link to the file announces. */
export function mediaType(format: BookFormat): string {
  return format === 'pdf' ? 'application/pdf' : 'application/epub+zip';
}

/** 1536 → 1.5 KB, 2_400_000 → 2.3 MB (binary units, one decimal under 10). */
export function formatBytes(bytes: number): string {
  const units = ['バイト', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  if (unit === 0) return `${bytes} バイト`;
  const shown = value < 10 ? value.toFixed(1) : String(Math.round(value));
  return `${shown} ${units[unit]}`;
}

/**
 * The ids of a book's parts. Each part's own ids (headings, footnotes) are renamed after its id
 * when the parts are joined into one document (rehype-book-ids), so they stay unique.
 */
export const bookParts = {
  cover: 'cover',
  toc: 'toc',
  about: 'about',
  colophon: 'colophon',
  /** By the chapter's order, which is unique in its edition and short. */
  chapter: (order: number): string => `ch${order}`,
};

/**
 * A title without its subtitle when the subtitle ends it, set off by dashes, a wave dash or a
 * space (「ローカルキャリア白書2021―未来の働き方はここにある―」, 「… 〜未来の…〜」,
 * 「…2020 未来の…」 → 「ローカルキャリア白書2021」), for a cover that sets the two apart.
 */
export function mainTitle(title: string, subtitle?: string): string {
  const at = subtitle ? title.lastIndexOf(subtitle) : -1;
  if (!subtitle || at <= 0 || !/^[\s―—－〜~]*$/.test(title.slice(at + subtitle.length))) return title;
  return title.slice(0, at).replace(/[\s―—－〜~]+$/, '') || title;
}
