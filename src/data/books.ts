/**
 * The PDF and EPUB files of this build. scripts/build-books.ts makes them before the site and
 * names its manifest in BOOKS_MANIFEST; without one (no Chromium, `astro dev`) there are none, so
 * no page links a file that does not exist.
 */
import { readFileSync } from 'node:fs';
import { bookFileName, booksOf, type BookFile, type BookManifest } from '../lib/books.ts';
import { paths } from '../lib/urls.ts';
import { url } from './site.ts';

const manifest: BookManifest = process.env.BOOKS_MANIFEST
  ? JSON.parse(readFileSync(process.env.BOOKS_MANIFEST, 'utf8'))
  : { files: [] };

export interface BookLink extends BookFile {
  href: string;
}

/** The files of an edition with their links, PDF first; empty when none were built. */
export function bookLinks(year: number): BookLink[] {
  return booksOf(manifest, year).map((file) => ({
    ...file,
    href: url(paths.edition(year) + bookFileName(year, file.format)),
  }));
}
