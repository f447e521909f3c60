import { describe, expect, it } from 'vitest';
import {
  groupByYear,
  newestReleasesFirst,
  paginate,
  relatedChapters,
  releaseDateLabel,
  releasePageTitle,
  releasesForEdition,
  releasesForRegion,
  yearIndex,
} from '../../src/lib/press.ts';

const release = (
  slug: string,
  date: string,
  extra: Partial<{ editions: number[]; regions: string[]; questions: string[]; signs: string[] }> = {},
) => ({
  slug,
  date,
  editions: [],
  regions: [],
  questions: [],
  signs: [],
  ...extra,
});

describe('newestReleasesFirst', () => {
  it('puts the newest first and orders a shared day by slug', () => {
    const sorted = newestReleasesFirst([
      release('b', '2021-06-10'),
      release('old', '2020-10-30'),
      release('a', '2021-06-10'),
      release('new', '2021-07-08'),
    ]);
    expect(sorted.map((r) => r.slug)).toEqual(['new', 'a', 'b', 'old']);
  });
});

describe('groupByYear', () => {
  it('groups consecutive releases of a year, keeping their order', () => {
    const groups = groupByYear([release('c', '2021-07-08'), release('b', '2021-05-13'), release('a', '2020-10-30')]);
    expect(groups.map((g) => [g.year, g.releases.map((r) => r.slug)])).toEqual([
      [2021, ['c', 'b']],
      [2020, ['a']],
    ]);
  });
  it('gives no groups for no releases', () => {
    expect(groupByYear([])).toEqual([]);
  });
});

describe('paginate', () => {
  const items = Array.from({ length: 45 }, (_, i) => i);
  it('cuts pages of 20 at /press/, /press/2/, /press/3/', () => {
    const pages = paginate(items);
    expect(pages.map((p) => [p.number, p.path, p.items.length])).toEqual([
      [1, '/press/', 20],
      [2, '/press/2/', 20],
      [3, '/press/3/', 5],
    ]);
    expect(pages.flatMap((p) => p.items)).toEqual(items);
  });
  it('keeps exactly 20 on one page', () => {
    expect(paginate(items.slice(0, 20)).length).toBe(1);
  });
  it('has a first page even when empty', () => {
    expect(paginate([])).toEqual([{ number: 1, path: '/press/', items: [] }]);
  });
});

describe('yearIndex', () => {
  it('links each year to the page where its group starts', () => {
    const releases = [
      ...Array.from({ length: 19 }, (_, i) => release(`x${i}`, '2022-01-01')),
      release('y0', '2021-12-01'),
      release('y1', '2021-11-01'),
      release('z', '2020-01-01'),
    ];
    expect(yearIndex(paginate(releases))).toEqual([
      { year: 2022, href: '/press/#year-2022' },
      { year: 2021, href: '/press/#year-2021' },
      { year: 2020, href: '/press/2/#year-2020' },
    ]);
  });
});

describe('related look-ups', () => {
  const releases = [
    release('seed', '2021-07-08', { editions: [2021], regions: ['nanao', 'gifu'], signs: ['side-jobs'] }),
    release('doda', '2020-10-30', { regions: ['shiojiri'] }),
  ];
  it('finds releases of an edition and releases naming a region', () => {
    expect(releasesForEdition(releases, 2021).map((r) => r.slug)).toEqual(['seed']);
    expect(releasesForEdition(releases, 2019)).toEqual([]);
    expect(releasesForRegion(releases, 'shiojiri').map((r) => r.slug)).toEqual(['doda']);
    expect(releasesForRegion(releases, 'kamaishi')).toEqual([]);
  });
  it("relates chapters of the release's editions that share a 問い or 兆し", () => {
    const chapters = [
      { id: 'a', year: 2021, questions: [], signs: ['side-jobs'] },
      { id: 'b', year: 2021, questions: ['q'], signs: [] },
      { id: 'c', year: 2020, questions: [], signs: ['side-jobs'] },
    ];
    expect(relatedChapters(releases[0], chapters).map((c) => c.id)).toEqual(['a']);
    expect(relatedChapters({ editions: [2021], questions: ['q'], signs: [] }, chapters).map((c) => c.id)).toEqual([
      'b',
    ]);
    expect(relatedChapters(releases[1], chapters)).toEqual([]);
  });
});

describe('releaseDateLabel', () => {
  it('marks an inferred day with （推定）', () => {
    expect(releaseDateLabel({ date: '2021-07-08', date_estimated: true })).toBe('2021年7月8日（推定）');
    expect(releaseDateLabel({ date: '2021-05-13', date_estimated: false })).toBe('2021年5月13日');
  });
});

describe('releasePageTitle', () => {
  it('keeps a short title and cuts a long one with an ellipsis', () => {
    expect(releasePageTitle('短い題名')).toBe('短い題名');
    const cut = releasePageTitle('あ'.repeat(80));
    expect(cut).toHaveLength(58);
    expect(cut.endsWith('…')).toBe(true);
  });
});
