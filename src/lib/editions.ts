/** Editions: their years, accent colours and order. */

/**
 * Accent colours per year, chosen to pass WCAG AA (4.5:1) as text on the light paper background;
 * the dark scheme lightens them in CSS. A later year without an entry cycles through the list.
 */
const ACCENTS: Record<number, string> = {
  2019: '#9a3b26', // 弁柄 (bengara red)
  2020: '#245f8a', // 藍 (indigo)
  2021: '#2f6b3a', // 萌葱 (moegi green)
};
const FALLBACK = ['#6b4a8a', '#8a5a12', '#1f6670'];

export function accentFor(year: number, override?: string): string {
  return override ?? ACCENTS[year] ?? FALLBACK[year % FALLBACK.length];
}

/** `2021/index` or `2021/right-hand` → 2021; throws on a path outside editions/<year>/. */
export function yearFromId(id: string): number {
  const match = /^(\d{4})(?:\/|$)/.exec(id);
  if (!match)
    throw new Error(`版のフォルダ名が年ではありません: ${id}（content/editions/2021/ のように4桁の年にしてください）`);
  return Number(match[1]);
}

/** Newest first, as the home page lists them. */
export function newestFirst<T extends { year: number }>(editions: readonly T[]): T[] {
  return [...editions].sort((a, b) => b.year - a.year);
}

/** Whether something with a draft flag is shown in this build. */
export function isVisible(item: { draft?: boolean; status?: string }, includeDrafts: boolean): boolean {
  return includeDrafts || (item.draft !== true && item.status !== 'draft');
}
