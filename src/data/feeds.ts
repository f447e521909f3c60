/** What the feeds list, as plain items with absolute URLs; the endpoints only serialise them. */
import { feedDate } from '../lib/feeds.ts';
import { siteContent } from './content.ts';
import { absoluteUrl } from './site.ts';

export interface FeedItem {
  title: string;
  url: string;
  date: Date;
  summary: string;
  author?: string;
}

/** Press releases, newest first. */
export async function pressFeedItems(): Promise<FeedItem[]> {
  const { press } = await siteContent();
  return press.map((r) => ({
    title: r.title,
    url: absoluteUrl(r.path),
    date: feedDate(r.date),
    summary: r.summary,
    author: r.issuer,
  }));
}

/** Chapters of an edition in reading order. */
export async function editionFeedItems(year: number): Promise<FeedItem[]> {
  const { chapters } = await siteContent();
  return chapters
    .filter((c) => c.year === year)
    .map((c) => ({ title: c.title, url: absoluteUrl(c.path), date: feedDate(c.date), summary: c.summary }));
}
