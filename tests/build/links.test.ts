import { describe, expect, it } from 'vitest';
import { BUILDS } from '../helpers/builds.ts';
import { allPages, exists, page, type Build } from '../helpers/site.ts';

/** Internal links of every page that do not resolve: `page → href (why)`. */
function brokenLinks(build: Build): string[] {
  const { base } = BUILDS[build];
  const idsOf = new Map<string, Set<string>>();
  const ids = (path: string) => {
    if (!idsOf.has(path)) {
      const $ = page(path, build);
      idsOf.set(
        path,
        new Set(
          $('[id]')
            .map((_, el) => $(el).attr('id')!)
            .get(),
        ),
      );
    }
    return idsOf.get(path)!;
  };
  const broken: string[] = [];
  for (const from of allPages(build)) {
    const $ = page(from, build);
    $('a[href], link[href]').each((_, el) => {
      const href = $(el).attr('href')!;
      if (/^(https?:|mailto:|data:)/.test(href)) return undefined;
      const target = new URL(href, `https://site.test${base === '/' ? '' : base.slice(0, -1)}${from}`);
      const path = decodeURIComponent(target.pathname);
      if (!path.startsWith(base)) {
        broken.push(`${from} → ${href}（ベースパス ${base} の外）`);
        return undefined;
      }
      const sitePath = '/' + path.slice(base.length);
      if (!exists(sitePath, build)) {
        broken.push(`${from} → ${href}（ページがない）`);
        return undefined;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment && sitePath.endsWith('/') && !ids(sitePath).has(fragment))
        broken.push(`${from} → ${href}（#${fragment} がない）`);
    });
  }
  return broken;
}

describe('internal links', () => {
  it.each(['root', 'sub'] as const)('all resolve, anchors included, in the %s build', (build) => {
    expect(brokenLinks(build)).toEqual([]);
  });
});
