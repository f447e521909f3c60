import { describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { readFileSync } from 'node:fs';
import { formatJapaneseDate } from '../../src/lib/dates.ts';
import { groupByYear, newestReleasesFirst, releasesForEdition, releasesForRegion } from '../../src/lib/press.ts';
import { BUILDS } from '../helpers/builds.ts';
import { chapters, editions, press, registries } from '../helpers/content.ts';
import { exists, fileOf, page, type Build } from '../helpers/site.ts';

const releases = newestReleasesFirst(press);
const hrefs = ($: ReturnType<typeof page>, selector: string) =>
  $(selector)
    .map((_, a) => $(a).attr('href'))
    .get();
const releasePath = (slug: string) => `/press/${slug}/`;

describe('the press archive (real content)', () => {
  it('has a page for each release in content/press/', () => {
    expect(releases.length).toBeGreaterThanOrEqual(5);
    for (const r of releases) expect(exists(releasePath(r.slug)), r.slug).toBe(true);
  });

  it('lists every release on /press/, newest first, grouped by year under anchored headings', () => {
    const $ = page('/press/');
    expect(hrefs($, '.press-year .press-list__title a')).toEqual(releases.map((r) => releasePath(r.slug)));
    const groups = $('.press-year')
      .map((_, s) => ({
        id: $(s).find('h2').attr('id'),
        heading: $(s).find('h2').text(),
        links: $(s)
          .find('.press-list__title a')
          .map((__, a) => $(a).attr('href'))
          .get(),
      }))
      .get();
    expect(groups).toEqual(
      groupByYear(releases).map((g) => ({
        id: `year-${g.year}`,
        heading: `${g.year}年`,
        links: g.releases.map((r) => releasePath(r.slug)),
      })),
    );
    expect(hrefs($, '.press-years a')).toEqual(groupByYear(releases).map((g) => `/press/#year-${g.year}`));
    expect($('.pagination').length).toBe(0);
  });

  it.each(releases.map((r) => [r.slug, r] as const))('renders %s with its facts, body and source', (slug, r) => {
    const $ = page(releasePath(slug));
    expect($('h1').text()).toBe(r.title);
    expect($('meta[name=description]').attr('content')).toBe(r.summary);
    const facts = new Map(
      $('.press-release .facts dt')
        .map((_, dt) => [[$(dt).text(), $(dt).next('dd')]])
        .get() as [string, ReturnType<typeof $>][],
    );
    const date = facts.get('発表日')!.text();
    expect(date).toContain(formatJapaneseDate(r.date));
    expect(date.includes('（推定）')).toBe(r.date_estimated);
    expect(facts.get('発表')!.text()).toBe(r.issuer);
    if (r.partners.length) expect(facts.get('連携・関係団体')!.text()).toBe(r.partners.join('、'));
    expect(hrefs($, '.facts .chip--region')).toEqual(r.regions.map((id) => `/regions/${id}/`));
    expect(
      facts
        .get('関連する版')!
        .find('a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual(r.editions.map((y) => `/${y}/`));
    expect($('.source-box a').attr('href')).toBe(r.source);
    expect($('.prose').text().trim().length).toBeGreaterThan(50);
    if (r.date_estimated)
      expect(
        $('.prose h2')
          .map((_, h) => $(h).text())
          .get(),
      ).toContain('発表日について');
  });

  it('gives the seed release its three projects, dates, partners, HELIX, the definition and the comment', () => {
    const seed = releases.find((r) => r.source.endsWith('000000465.000022215.html'))!;
    const text = page(releasePath(seed.slug))('.press-release').text();
    for (const fact of [
      '地方短期副業',
      '岩手県、石川県、愛知県、岐阜県',
      '株式会社パソナ東北創生',
      '株式会社御祓川',
      'NPO法人G-net',
      '8つの企業・団体',
      '2021年9月から11月',
      '2021年7月8日（木）から8月4日（水）',
      '2021年7月29日（木）',
      '2021年6月21日',
      'ローカルキャリア準備室 HELIX',
      '2021年6月10日',
      '経済産業省',
      '24冊',
      '5つの中心概念・11の項目・39の要素',
      '伊藤 剛',
      '株式会社インテリジェンス',
    ]) {
      expect(text, fact).toContain(fact);
    }
  });

  it('links releases and editions both ways', () => {
    for (const edition of editions) {
      const $ = page(`/${edition.year}/`);
      const listed = hrefs($, '.edition-press .press-list__title a');
      expect(listed, `${edition.year}`).toEqual(
        releasesForEdition(releases, edition.year).map((r) => releasePath(r.slug)),
      );
      for (const href of listed) expect(hrefs(page(href), '.press-related__editions a')).toContain(`/${edition.year}/`);
    }
    expect(releasesForEdition(releases, 2021).length).toBeGreaterThan(0);
  });

  it('links each release to chapters of its editions that share a 問い or 兆し, and to its regions', () => {
    const seed = releases.find((r) => r.signs.includes('helix-preparation-community') && r.editions.includes(2021))!;
    const related = hrefs(page(releasePath(seed.slug)), '.press-related .chapter-list a');
    expect(related).toContain('/2021/co-creation-project/');
    for (const href of related) {
      const chapter = chapters.find((c) => `/${c.year}/${c.slug}/` === href)!;
      expect(seed.editions).toContain(chapter.year);
      expect(
        [...chapter.signs, ...chapter.questions].some((id) => [...seed.signs, ...seed.questions].includes(id)),
      ).toBe(true);
    }
  });

  it('lists on each region page the releases that name the region', () => {
    for (const region of registries.regions.entries) {
      const expected = releasesForRegion(releases, region.id).map((r) => releasePath(r.slug));
      expect(hrefs(page(`/regions/${region.id}/`), '#region-press + .press-list a'), region.id).toEqual(expected);
      for (const href of expected)
        expect(hrefs(page(href), '.facts .chip--region')).toContain(`/regions/${region.id}/`);
    }
  });

  it('shows the latest releases on the home page', () => {
    expect(hrefs(page('/'), '.home-press .press-list__title a')).toEqual(
      releases.slice(0, 3).map((r) => releasePath(r.slug)),
    );
  });
});

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
const asArray = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);
const RFC822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

describe.each(['root', 'sub'] as const)('feeds of the %s build', (build: Build) => {
  const origin = `https://example.test${BUILDS[build].base}`;
  const xml = (path: string) => parser.parse(readFileSync(fileOf(path, build), 'utf8'));
  /** An absolute feed link → the built page it names. */
  const resolves = (link: string) => {
    expect(link.startsWith(origin), link).toBe(true);
    return exists(new URL(link).pathname, build);
  };

  const rssFeeds = ['/press/rss.xml', ...editions.map((e) => `/${e.year}/rss.xml`)];

  it.each(rssFeeds)('%s is RSS 2.0 with the required elements and working links', (path) => {
    const { rss } = xml(path);
    expect(rss.version).toBe('2.0');
    const { channel } = rss;
    expect(channel.title).toMatch(/ローカルキャリア白書/);
    expect(channel.description.length).toBeGreaterThan(0);
    expect(resolves(channel.link)).toBe(true);
    expect(channel['atom:link'].href).toBe(new URL(path.slice(1), origin).href);
    const items = asArray(channel.item);
    const expected =
      path === '/press/rss.xml' ? releases.length : chapters.filter((c) => `/${c.year}/rss.xml` === path).length;
    expect(items.length).toBe(expected);
    for (const item of items) {
      expect(item.title.length).toBeGreaterThan(0);
      expect(item.description.length).toBeGreaterThan(0);
      expect(item.pubDate).toMatch(RFC822);
      expect(resolves(item.link), item.link).toBe(true);
      expect(item.guid['#text']).toBe(item.link);
    }
  });

  it('/press/atom.xml is Atom with the required elements and working links', () => {
    const { feed } = xml('/press/atom.xml');
    expect(feed.xmlns).toBe('http://www.w3.org/2005/Atom');
    expect(feed.title).toMatch(/ローカルキャリア白書/);
    expect(feed.id).toBe(new URL('press/atom.xml', origin).href);
    expect(feed.updated).toMatch(RFC3339);
    expect(feed.author.name.length).toBeGreaterThan(0);
    const links = asArray(feed.link) as { rel: string; href: string }[];
    expect(links.find((l) => l.rel === 'self')!.href).toBe(feed.id);
    expect(resolves(links.find((l) => l.rel === 'alternate')!.href)).toBe(true);
    const entries = asArray(feed.entry);
    expect(entries.length).toBe(releases.length);
    for (const entry of entries) {
      expect(entry.title.length).toBeGreaterThan(0);
      expect(entry.updated).toMatch(RFC3339);
      expect(entry.id).toBe(entry.link.href);
      expect(resolves(entry.link.href), entry.link.href).toBe(true);
    }
    expect(entries.map((e) => new URL(e.link.href).pathname)).toEqual(
      releases.map((r) => `${BUILDS[build].base}press/${r.slug}/`),
    );
  });

  it('announces the feeds with <link rel="alternate"> on the pages they belong to', () => {
    const alternates = (path: string) =>
      hrefs(page(`${BUILDS[build].base}${path.slice(1)}`, build), 'head link[rel=alternate]');
    const base = BUILDS[build].base;
    expect(alternates('/press/')).toEqual([`${base}press/rss.xml`, `${base}press/atom.xml`]);
    expect(alternates(`/press/${releases[0].slug}/`)).toEqual([`${base}press/rss.xml`, `${base}press/atom.xml`]);
    for (const e of editions) expect(alternates(`/${e.year}/`)).toContain(`${base}${e.year}/rss.xml`);
    for (const path of [...alternates('/press/'), ...alternates('/2021/')])
      expect(exists(path, build), path).toBe(true);
  });
});
