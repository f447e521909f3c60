import rss from '@astrojs/rss';
import { pressFeedItems } from '../../data/feeds.ts';
import { absoluteUrl, feedTitles } from '../../data/site.ts';
import { escapeXml } from '../../lib/feeds.ts';
import { paths } from '../../lib/urls.ts';

export async function GET() {
  const items = await pressFeedItems();
  return rss({
    title: feedTitles.press,
    description: '『ローカルキャリア白書』とその周辺の取り組みを伝えたプレスリリースの記録（本サイトによる要約）。',
    site: absoluteUrl(paths.pressList()),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>ja</language><atom:link href="${escapeXml(absoluteUrl(paths.pressRss()))}" rel="self" type="application/rss+xml"/>`,
    items: items.map((i) => ({ title: i.title, link: i.url, pubDate: i.date, description: i.summary })),
  });
}
