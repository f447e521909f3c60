/** Checking one query case against an index: the failures as sentences, none when it passes. */
import { normaliseQuery } from '../../src/lib/search-query.ts';
import { isIndexPage, type QueryCase } from './cases.ts';
import { topPaths, type PagefindApi } from './pagefind-node.ts';

export async function failuresOf(api: PagefindApi, c: QueryCase): Promise<string[]> {
  const top = await topPaths(api, normaliseQuery(c.query), 5);
  const failures = c.top5.filter((p) => !top.includes(p)).map((p) => `${p} が上位5件にない`);
  if (c.topFrom)
    failures.push(
      ...top
        .filter((p) => !c.topFrom!.includes(p) && !(c.indexPagesAllowed && isIndexPage(p)))
        .map((p) => `${p} は上位5件に入らないはず`),
    );
  if (c.firstFrom && !c.firstFrom.includes(top[0]))
    failures.push(`1位 ${top[0] ?? 'なし'} がこの語を挙げるページでない`);
  if (top[0] && c.notFirst?.includes(top[0])) failures.push(`${top[0]} が1位`);
  return failures.map((f) => `「${c.query}」: ${f}（上位: ${top.join(' ') || 'なし'}）`);
}
