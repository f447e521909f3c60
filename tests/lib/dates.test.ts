import { describe, expect, it } from 'vitest';
import { dateSortKey, formatJapaneseDate, yearOf } from '../../src/lib/dates.ts';

describe('formatJapaneseDate', () => {
  it('writes a full date as 年月日 without leading zeros', () => {
    expect(formatJapaneseDate('2021-06-10')).toBe('2021年6月10日');
  });
  it('writes a month-only date as 年月', () => {
    expect(formatJapaneseDate('2019-05')).toBe('2019年5月');
  });
  it('writes a year-only date as 年', () => {
    expect(formatJapaneseDate('2020')).toBe('2020年');
  });
});

describe('yearOf and dateSortKey', () => {
  it('reads the year of full and partial dates', () => {
    expect(yearOf('2019-05')).toBe(2019);
  });
  it('sorts partial dates at the start of their period', () => {
    expect(dateSortKey('2019-05')).toBe('2019-05-01');
    expect(dateSortKey('2020')).toBe('2020-01-01');
    expect(['2021-06-10', '2019-05', '2020'].sort((a, b) => dateSortKey(a).localeCompare(dateSortKey(b)))).toEqual([
      '2019-05',
      '2020',
      '2021-06-10',
    ]);
  });
});
