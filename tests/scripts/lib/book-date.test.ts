import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { bookDate, epubModified, zipEntryDate } from '../../../scripts/lib/book-date.ts';

describe('bookDate', () => {
  it('reads an edition date to the day, month or year as midnight in Japan', () => {
    expect(bookDate('2021-06-10').toISOString()).toBe('2021-06-09T15:00:00.000Z');
    expect(bookDate('2019-05').toISOString()).toBe('2019-04-30T15:00:00.000Z');
    expect(bookDate('2020').toISOString()).toBe('2019-12-31T15:00:00.000Z');
  });

  it('takes SOURCE_DATE_EPOCH over the edition date when it is set, and ignores it when empty', () => {
    expect(bookDate('2021-06-10', '1700000000').toISOString()).toBe('2023-11-14T22:13:20.000Z');
    expect(bookDate('2021-06-10', '').toISOString()).toBe('2021-06-09T15:00:00.000Z');
  });

  it('says what to fix for a SOURCE_DATE_EPOCH or an edition date it cannot read', () => {
    expect(() => bookDate('2021-06-10', '2021-06-10')).toThrow(/SOURCE_DATE_EPOCH「2021-06-10」.*秒数/);
    expect(() => bookDate('令和3年')).toThrow(/published「令和3年」/);
    expect(() => bookDate('2021-13-01')).toThrow(/published「2021-13-01」/);
  });
});

describe('epubModified', () => {
  it('writes UTC to the second, as dcterms:modified requires', () => {
    expect(epubModified(bookDate('2021-06-10'))).toBe('2021-06-09T15:00:00Z');
  });
});

describe('zipEntryDate', () => {
  it("shows Japan's wall-clock time in whatever zone the machine is set to", () => {
    const here = zipEntryDate(new Date('2021-06-09T15:00:00Z'));
    expect([here.getFullYear(), here.getMonth() + 1, here.getDate(), here.getHours(), here.getMinutes()]).toEqual([
      2021, 6, 10, 0, 0,
    ]);
    const script =
      "import { zipEntryDate } from './scripts/lib/book-date.ts';" +
      "const d = zipEntryDate(new Date('2021-06-09T15:00:00Z'));" +
      'console.log([d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours(), d.getMinutes()].join(" "));';
    for (const zone of ['UTC', 'Asia/Tokyo', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
      const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
        env: { ...process.env, TZ: zone },
        encoding: 'utf8',
      });
      expect(out.trim(), zone).toBe('2021 6 10 0 0');
    }
  });
});
