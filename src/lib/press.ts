/** Press releases: their order, year groups, pages of the archive and what they relate to. */
import { formatJapaneseDate, yearOf } from './dates.ts';
import { paths } from './urls.ts';

/** What the archive needs to know of a release. */
export interface ReleaseLike {
  slug: string;
  /** `YYYY-MM-DD`. */
  date: string;
  editions: readonly number[];
  regions: readonly string[];
  questions: readonly string[];
  signs: readonly string[];
}

/** Releases per page of the archive; more than this go on /press/2/ and on. */
export const PRESS_PER_PAGE = 20;

/** Newest first; releases of the same day by slug, so the order never depends on file order. */
export function newestReleasesFirst<T extends Pick<ReleaseLike, 'date' | 'slug'>>(releases: readonly T[]): T[] {
  return [...releases].sort((a, b) => b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug));
}

/** Consecutive releases of the same year, in the order given (sort first). */
export function groupByYear<T extends Pick<ReleaseLike, 'date'>>(
  releases: readonly T[],
): { year: number; releases: T[] }[] {
  const groups: { year: number; releases: T[] }[] = [];
  for (const release of releases) {
    const year = yearOf(release.date);
    const last = groups.at(-1);
    if (last?.year === year) last.releases.push(release);
    else groups.push({ year, releases: [release] });
  }
  return groups;
}

export interface ArchivePage<T> {
  /** 1-based page number. */
  number: number;
  path: string;
  items: T[];
}

/** Splits the archive into pages; an empty archive still has its first page. */
export function paginate<T>(items: readonly T[], perPage = PRESS_PER_PAGE): ArchivePage<T>[] {
  const count = Math.max(1, Math.ceil(items.length / perPage));
  return Array.from({ length: count }, (_, i) => ({
    number: i + 1,
    path: paths.pressList(i + 1),
    items: items.slice(i * perPage, (i + 1) * perPage),
  }));
}

/** Anchor id of a year's group on an archive page. */
export function yearAnchor(year: number): string {
  return `year-${year}`;
}

/** Every year of the archive with a link to where its group starts (its first page). */
export function yearIndex<T extends Pick<ReleaseLike, 'date'>>(
  pages: readonly ArchivePage<T>[],
): { year: number; href: string }[] {
  const seen = new Map<number, string>();
  for (const page of pages) {
    for (const release of page.items) {
      const year = yearOf(release.date);
      if (!seen.has(year)) seen.set(year, `${page.path}#${yearAnchor(year)}`);
    }
  }
  return [...seen].map(([year, href]) => ({ year, href }));
}

/** Releases that relate to an edition, in the order given. */
export function releasesForEdition<T extends Pick<ReleaseLike, 'editions'>>(releases: readonly T[], year: number): T[] {
  return releases.filter((r) => r.editions.includes(year));
}

/** Releases that name a region, in the order given. */
export function releasesForRegion<T extends Pick<ReleaseLike, 'regions'>>(
  releases: readonly T[],
  regionId: string,
): T[] {
  return releases.filter((r) => r.regions.includes(regionId));
}

/**
 * Chapters a release relates to: chapters of its editions that share a 問い or 兆し with it.
 * Regions alone are too broad a tie (most 2021 chapters name all five regions).
 */
export function relatedChapters<C extends { year: number; questions: readonly string[]; signs: readonly string[] }>(
  release: Pick<ReleaseLike, 'editions' | 'questions' | 'signs'>,
  chapters: readonly C[],
): C[] {
  return chapters.filter(
    (c) =>
      release.editions.includes(c.year) &&
      (c.questions.some((q) => release.questions.includes(q)) || c.signs.some((s) => release.signs.includes(s))),
  );
}

/** `2021年7月8日`, or `2021年7月8日（推定）` when the day is inferred. */
export function releaseDateLabel(release: { date: string; date_estimated?: boolean }): string {
  return formatJapaneseDate(release.date) + (release.date_estimated ? '（推定）' : '');
}

/**
 * A release title short enough for `<title>` (with the site name after it, search engines cut at
 * about 70 characters); the full title stays in the page's h1.
 */
export function releasePageTitle(title: string, max = 58): string {
  return title.length <= max ? title : `${title.slice(0, max - 1)}…`;
}
