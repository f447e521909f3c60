/** Dates as the site shows them: 2021年6月10日 in prose, ISO in metadata. */

/** `2021-06-10` → 2021年6月10日, `2019-05` → 2019年5月, `2020` → 2020年. */
export function formatJapaneseDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (day) return `${year}年${month}月${day}日`;
  if (month) return `${year}年${month}月`;
  return `${year}年`;
}

/** Year of an ISO date or partial date. */
export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

/** Sort key that puts partial dates at the start of their period (`2019-05` → `2019-05-01`). */
export function dateSortKey(iso: string): string {
  return (iso + '-01-01').slice(0, 10);
}
