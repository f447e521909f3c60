/** Pieces of the RSS and Atom feeds that are not Astro's business: dates, escaping, the Atom document. */
import { dateSortKey } from './dates.ts';

/**
 * The instant a dated item is published in a feed. Content has only days (sometimes only a
 * month or a year): a partial date goes to the start of its period, and the day starts at
 * 00:00 UTC, which is the same calendar day in Japan (09:00 JST).
 */
export function feedDate(iso: string): Date {
  return new Date(`${dateSortKey(iso)}T00:00:00Z`);
}

/** RFC 3339 timestamp for Atom, e.g. `2021-07-08T00:00:00Z`. */
export function rfc3339(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Escapes text for XML element content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!,
  );
}

export interface AtomEntry {
  title: string;
  /** Absolute URL of the page. */
  url: string;
  updated: Date;
  summary: string;
  author?: string;
}

export interface AtomFeed {
  title: string;
  subtitle?: string;
  /** Absolute URL of the feed itself. */
  selfUrl: string;
  /** Absolute URL of the page the feed belongs to. */
  pageUrl: string;
  author: string;
  entries: readonly AtomEntry[];
}

/** An Atom 1.0 document (RFC 4287). The feed's `updated` is its newest entry's. */
export function atomFeed(feed: AtomFeed): string {
  const updated = feed.entries.reduce((newest, e) => (e.updated > newest ? e.updated : newest), new Date(0));
  const text = (name: string, value: string) => `<${name}>${escapeXml(value)}</${name}>`;
  const entries = feed.entries.map((e) =>
    [
      '  <entry>',
      `    ${text('title', e.title)}`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(e.url)}"/>`,
      `    ${text('id', e.url)}`,
      `    ${text('updated', rfc3339(e.updated))}`,
      ...(e.author ? [`    <author>${text('name', e.author)}</author>`] : []),
      `    <summary type="text">${escapeXml(e.summary)}</summary>`,
      '  </entry>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ja">',
    `  ${text('title', feed.title)}`,
    ...(feed.subtitle ? [`  ${text('subtitle', feed.subtitle)}`] : []),
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.pageUrl)}"/>`,
    `  ${text('id', feed.selfUrl)}`,
    `  ${text('updated', rfc3339(updated))}`,
    `  <author>${text('name', feed.author)}</author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
