/** Checking one query case against the results listed for it: the failures as sentences, none when it passes. */
import { isIndexPage, type QueryCase } from './cases.ts';

/**
 * `contains(path)` says whether a page's visible text holds the query: such a page may take a place
 * in the top five a `topFrom` list does not give it (the search page lists every one first).
 */
export function failuresOf(
  listed: string[],
  c: QueryCase,
  contains: (path: string) => boolean = () => false,
): string[] {
  const top = listed.slice(0, 5);
  const failures = c.top5.filter((p) => !top.includes(p)).map((p) => `${p} が上位5件にない`);
  if (c.topFrom)
    failures.push(
      ...top
        .filter((p) => !c.topFrom!.includes(p) && !(c.indexPagesAllowed && isIndexPage(p)) && !contains(p))
        .map((p) => `${p} は上位5件に入らないはず`),
    );
  if (c.firstFrom && !c.firstFrom.includes(top[0]))
    failures.push(`1位 ${top[0] ?? 'なし'} がこの語を挙げるページでない`);
  if (top[0] && c.notFirst?.includes(top[0])) failures.push(`${top[0]} が1位`);
  return failures.map((f) => `「${c.query}」: ${f}（上位: ${top.join(' ') || 'なし'}）`);
}
