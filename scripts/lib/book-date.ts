/**
 * The date a book's files carry as their own (the EPUB's `dcterms:modified` and its entries' times,
 * the PDF's creation and modification dates): the time in SOURCE_DATE_EPOCH when the environment
 * gives it (reproducible-builds.org), else the edition's publication date at midnight in Japan. Never
 * the build's clock, so that the same content makes the same EPUB on any machine, on any day.
 */
import { dateSortKey } from '../../src/lib/dates.ts';

/** `2021-06-10`, `2019-05` or `2020` (an edition's `published`), or SOURCE_DATE_EPOCH's seconds, as a date. */
export function bookDate(published: string, sourceDateEpoch?: string): Date {
  if (sourceDateEpoch !== undefined && sourceDateEpoch !== '') {
    if (!/^\d+$/.test(sourceDateEpoch)) {
      throw new Error(
        `SOURCE_DATE_EPOCH「${sourceDateEpoch}」は 1970-01-01 からの秒数（整数）ではありません。数字だけにするか、設定を外してください。`,
      );
    }
    return new Date(Number(sourceDateEpoch) * 1000);
  }
  const date = new Date(`${dateSortKey(published)}T00:00:00+09:00`);
  if (Number.isNaN(date.getTime())) {
    throw new Error(`版の published「${published}」を日付として読めません（2021-06-10、2019-05、2020 の形）。`);
  }
  return date;
}

/**
 * `date` for a zip entry: zip keeps a wall-clock time without a zone, which fflate reads from a Date
 * in the machine's zone. The Date returned shows Japan's wall-clock time of `date` in any zone.
 */
export function zipEntryDate(date: Date): Date {
  const japan = new Date(date.getTime() + 9 * 3600_000);
  return new Date(
    japan.getUTCFullYear(),
    japan.getUTCMonth(),
    japan.getUTCDate(),
    japan.getUTCHours(),
    japan.getUTCMinutes(),
    japan.getUTCSeconds(),
  );
}

/** `date` as the EPUB's `dcterms:modified` wants it: UTC, to the second. */
export function epubModified(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
