import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { editionRoutes, type Edition } from '../../data/content.ts';
import { editionFeedItems } from '../../data/feeds.ts';
import { absoluteUrl, feedTitles } from '../../data/site.ts';
import { escapeXml } from '../../lib/feeds.ts';
import { paths } from '../../lib/urls.ts';

export const getStaticPaths = editionRoutes;

export async function GET({ params, props }: APIContext<{ edition: Edition }>) {
  const year = Number(params.year);
  const items = await editionFeedItems(year);
  return rss({
    title: feedTitles.edition(year),
    description: `『${props.edition.title}』の章（本サイトによる要約と解説）。${props.edition.summary}`,
    site: absoluteUrl(paths.edition(year)),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>ja</language><atom:link href="${escapeXml(absoluteUrl(paths.editionFeed(year)))}" rel="self" type="application/rss+xml"/>`,
    items: items.map((i) => ({ title: i.title, link: i.url, pubDate: i.date, description: i.summary })),
  });
}
