import { pressFeedItems } from '../../data/feeds.ts';
import { absoluteUrl, feedTitles, SITE_PUBLISHER } from '../../data/site.ts';
import { atomFeed } from '../../lib/feeds.ts';
import { paths } from '../../lib/urls.ts';

export async function GET() {
  const body = atomFeed({
    title: feedTitles.press,
    subtitle: '『ローカルキャリア白書』とその周辺の取り組みを伝えたプレスリリースの記録（本サイトによる要約）。',
    selfUrl: absoluteUrl(paths.pressAtom()),
    pageUrl: absoluteUrl(paths.pressList()),
    author: SITE_PUBLISHER,
    entries: (await pressFeedItems()).map((i) => ({ ...i, updated: i.date })),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
