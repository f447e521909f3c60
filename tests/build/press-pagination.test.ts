import { beforeAll, describe, expect, it } from 'vitest';
import { buildSiteOrThrow } from '../helpers/build.ts';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as cheerio from 'cheerio';
import { XMLParser } from 'fast-xml-parser';
import { checkContentDir } from '../../scripts/content-check/files.ts';
import { groupByYear, newestReleasesFirst, PRESS_PER_PAGE } from '../../src/lib/press.ts';
import { tempCorpus } from '../helpers/temp-corpus.ts';

/** The fixture corpus plus 25 releases over three years: more than one page of the archive. */
describe('press archive pagination (fixture corpus with 26 releases)', () => {
  const outDir = resolve('.tmp/test-dist/press-fixture');
  const base = '/lcwp/';
  const load = (sitePath: string) => cheerio.load(readFileSync(join(outDir, sitePath, 'index.html'), 'utf8'));
  const links = ($: cheerio.CheerioAPI, selector: string) =>
    $(selector)
      .map((_, a) => $(a).attr('href'))
      .get();
  let expected: { slug: string; date: string }[] = [];

  beforeAll(async () => {
    const content = tempCorpus();
    for (let i = 0; i < 25; i++) {
      const year = 2089 + Math.floor(i / 10);
      const date = `${year}-${String((i % 10) + 1).padStart(2, '0')}-15`;
      writeFileSync(
        join(content, 'press', `${date}-release-${i}.md`),
        `---\ntitle: テストのリリース${i}\ndate: ${date}\nissuer: テスト機構\nsource: https://example.test/press/${i}\nsummary: テスト用のリリース${i}。\n---\n\n本文${i}。\n`,
      );
    }
    const { content: read, problems } = await checkContentDir(content);
    expect(problems).toEqual([]);
    expected = newestReleasesFirst(read.press.filter((p) => !p.draft));
    rmSync(outDir, { recursive: true, force: true });
    buildSiteOrThrow({ outDir, base, contentDir: content });
  });

  it('puts 20 releases on /press/ and the rest on /press/2/, newest first across pages', () => {
    expect(expected.length).toBe(26);
    const first = links(load('/press/'), '.press-list__title a');
    const second = links(load('/press/2/'), '.press-list__title a');
    expect(first.length).toBe(PRESS_PER_PAGE);
    expect([...first, ...second]).toEqual(expected.map((r) => `${base}press/${r.slug}/`));
    expect(existsSync(join(outDir, 'press/3'))).toBe(false);
  });

  it('groups each page by year and links every year to the page where it starts', () => {
    const headings = (path: string) =>
      load(path)('.press-year h2')
        .map((_, h) => load(path)(h).attr('id'))
        .get();
    const years = groupByYear(expected).map((g) => g.year);
    expect(years).toEqual([2091, 2090, 2089]);
    // 2091 has 6 releases, 2090 10, 2089 10: the 2089 group starts on page 1 and goes on on page 2.
    expect(headings('/press/')).toEqual(['year-2091', 'year-2090', 'year-2089']);
    expect(headings('/press/2/')).toEqual(['year-2089']);
    expect(links(load('/press/2/'), '.press-years a')).toEqual([
      `${base}press/#year-2091`,
      `${base}press/#year-2090`,
      `${base}press/#year-2089`,
    ]);
  });

  it('links the pages to each other', () => {
    const $1 = load('/press/');
    const $2 = load('/press/2/');
    expect($1('.pagination a[rel=next]').attr('href')).toBe(`${base}press/2/`);
    expect($1('.pagination a[rel=prev]').length).toBe(0);
    expect($1('.pagination [aria-current=page]').text()).toBe('1');
    expect($2('.pagination a[rel=prev]').attr('href')).toBe(`${base}press/`);
    expect($2('.pagination a[rel=next]').length).toBe(0);
    expect($2('h1').text()).toBe('プレスリリース（2ページ目）');
  });

  it('puts every release in the feeds, each link to a built page', () => {
    const { rss } = new XMLParser().parse(readFileSync(join(outDir, 'press/rss.xml'), 'utf8'));
    const items: { link: string }[] = rss.channel.item;
    expect(items.map((i) => i.link)).toEqual(expected.map((r) => `https://example.test${base}press/${r.slug}/`));
    for (const { link } of items) {
      expect(existsSync(join(outDir, new URL(link).pathname.slice(base.length), 'index.html')), link).toBe(true);
    }
  });
});
