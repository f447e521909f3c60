import { describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { atomFeed, escapeXml, feedDate, rfc3339 } from '../../src/lib/feeds.ts';

describe('feedDate', () => {
  it('starts a day at 00:00 UTC and a partial date at the start of its period', () => {
    expect(feedDate('2021-07-08').toISOString()).toBe('2021-07-08T00:00:00.000Z');
    expect(feedDate('2019-05').toISOString()).toBe('2019-05-01T00:00:00.000Z');
    expect(feedDate('2020').toISOString()).toBe('2020-01-01T00:00:00.000Z');
  });
  it('gives RFC 822 dates for RSS and RFC 3339 for Atom', () => {
    expect(feedDate('2021-07-08').toUTCString()).toBe('Thu, 08 Jul 2021 00:00:00 GMT');
    expect(rfc3339(feedDate('2019-05'))).toBe('2019-05-01T00:00:00Z');
  });
});

describe('escapeXml', () => {
  it('escapes the five XML specials', () => {
    expect(escapeXml(`<a href="x">'R&D'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;R&amp;D&apos;&lt;/a&gt;');
  });
});

describe('atomFeed', () => {
  const xml = atomFeed({
    title: 'Press & <news>',
    selfUrl: 'https://example.test/lcwp/press/atom.xml',
    pageUrl: 'https://example.test/lcwp/press/',
    author: 'CAREER FOR',
    entries: [
      {
        title: 'A "quoted" <title>',
        url: 'https://example.test/lcwp/press/a/?x=1&y=2',
        updated: feedDate('2021-06-10'),
        summary: 'R&D',
        author: 'P',
      },
      { title: 'Newer', url: 'https://example.test/lcwp/press/b/', updated: feedDate('2021-07-08'), summary: 'S' },
    ],
  });

  it('is well-formed XML whose text survives a round trip', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    const { feed } = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml);
    expect(feed.title).toBe('Press & <news>');
    expect(feed.entry[0].title).toBe('A "quoted" <title>');
    expect(feed.entry[0].link.href).toBe('https://example.test/lcwp/press/a/?x=1&y=2');
    expect(feed.entry[0].summary['#text']).toBe('R&D');
  });

  it('has the elements RFC 4287 requires, the feed updated at its newest entry', () => {
    const { feed } = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml);
    expect(feed.xmlns).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toBe('https://example.test/lcwp/press/atom.xml');
    expect(feed.updated).toBe('2021-07-08T00:00:00Z');
    expect(feed.author.name).toBe('CAREER FOR');
    expect(feed.link.map((l: { rel: string }) => l.rel)).toEqual(['self', 'alternate']);
    for (const entry of feed.entry) {
      expect(entry.id).toMatch(/^https:\/\//);
      expect(entry.updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    }
  });
});
