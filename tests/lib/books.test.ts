import { describe, expect, it } from 'vitest';
import { bookFileName, booksOf, bookParts, fileDetail, formatBytes, mainTitle } from '../../src/lib/books.ts';

describe('books', () => {
  it('names the files after the edition', () => {
    expect(bookFileName(2021, 'pdf')).toBe('lcwp-2021.pdf');
    expect(bookFileName(2019, 'epub')).toBe('lcwp-2019.epub');
  });

  it('lists an edition’s files PDF first, only those the manifest has', () => {
    const manifest = {
      files: [
        { year: 2021, format: 'epub' as const, bytes: 2 },
        { year: 2020, format: 'pdf' as const, bytes: 3 },
        { year: 2021, format: 'pdf' as const, bytes: 1 },
      ],
    };
    expect(booksOf(manifest, 2021).map((f) => f.format)).toEqual(['pdf', 'epub']);
    expect(booksOf(manifest, 2020).map((f) => f.format)).toEqual(['pdf']);
    expect(booksOf({ files: [] }, 2021)).toEqual([]);
  });

  it.each([
    [0, '0 バイト'],
    [999, '999 バイト'],
    [1536, '1.5 KB'],
    [66_194, '65 KB'],
    [546_024, '533 KB'],
    [2_400_000, '2.3 MB'],
    [5 * 1024 * 1024, '5.0 MB'],
  ])('shows %i bytes as %s', (bytes, shown) => {
    expect(formatBytes(bytes)).toBe(shown);
  });

  it.each([
    ['ローカルキャリア白書2021―未来の働き方はここにある―', 'ローカルキャリア白書2021'],
    ['ローカルキャリア白書 〜未来の働き方はここにある〜', 'ローカルキャリア白書'],
    ['ローカルキャリア白書2020 未来の働き方はここにある', 'ローカルキャリア白書2020'],
    ['未来の働き方はここにある', '未来の働き方はここにある'],
    ['未来の働き方はここにある、その先', '未来の働き方はここにある、その先'],
  ])('sets the subtitle of %s apart', (title, main) => {
    expect(mainTitle(title, '未来の働き方はここにある')).toBe(main);
  });

  it('keeps a title without subtitle whole', () => {
    expect(mainTitle('白書', undefined)).toBe('白書');
  });

  it('names the paper of a PDF beside its size', () => {
    expect(fileDetail({ format: 'pdf', bytes: 546_024 })).toBe('A4、533 KB');
    expect(fileDetail({ format: 'epub', bytes: 66_194 })).toBe('65 KB');
  });

  it('gives each chapter a short part id by its order', () => {
    expect(bookParts.chapter(3)).toBe('ch3');
  });
});
