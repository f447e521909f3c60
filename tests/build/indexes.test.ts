/**
 * The cross-edition indexes over the real build, and aliases, redirect_from, unused entries and
 * drafts over a build of a copy of the fixture corpus (the real content has no alias to follow).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSiteOrThrow } from '../helpers/build.ts';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as cheerio from 'cheerio';
import { relatedInOtherEditions } from '../../src/lib/indexes.ts';
import { edit, tempCorpus } from '../helpers/temp-corpus.ts';
import { chapters, editions, registries } from '../helpers/content.ts';
import { exists, page } from '../helpers/site.ts';

type Field = 'questions' | 'signs' | 'regions';
const path = (c: { year: number; slug: string }) => `/${c.year}/${c.slug}/`;
const declaring = (field: Field, id: string) => chapters.filter((c) => c[field].includes(id));
const hrefs = ($: cheerio.CheerioAPI, selector: string) =>
  $(selector)
    .map((_, a) => $(a).attr('href'))
    .get();

describe('index pages of the real content', () => {
  it('gives every registry entry its page, and every 問い and 兆し its compare page', () => {
    for (const name of ['questions', 'signs', 'regions', 'people'] as const) {
      expect(exists(`/${name}/`), name).toBe(true);
      for (const { id } of registries[name].entries) {
        expect(exists(`/${name}/${id}/`), `${name}/${id}`).toBe(true);
        if (name === 'questions' || name === 'signs')
          expect(exists(`/${name}/${id}/compare/`), `${name}/${id}`).toBe(true);
      }
    }
  });

  it.each(['questions', 'signs', 'regions'] as const)(
    'lists on each %s page exactly the chapters that declare it, edition by edition, in order',
    (field) => {
      for (const { id } of registries[field].entries) {
        const $ = page(`/${field}/${id}/`);
        expect(hrefs($, '.timeline .chapter-list .title a'), id).toEqual(declaring(field, id).map(path));
        const years = $('.timeline__year .year-mark')
          .map((_, y) => $(y).text())
          .get();
        expect(years, id).toEqual([...new Set(declaring(field, id).map((c) => `${c.year}年版`))]);
      }
    },
  );

  it('lists on each person page the chapters they wrote, then those they appear in', () => {
    for (const { id } of registries.people.entries) {
      const $ = page(`/people/${id}/`);
      const expected = [
        ...chapters.filter((c) => c.authors.includes(id)),
        ...chapters.filter((c) => c.people.includes(id)),
      ];
      expect(hrefs($, '.timeline .chapter-list .title a'), id).toEqual(expected.map(path));
    }
    const credited = editions.flatMap((e) => e.credits.map((c) => [c.person, e.year] as const));
    for (const [person, year] of credited) expect(page(`/people/${person}/`)('.facts').text()).toContain(`${year}年版`);
  });

  it('lists every 問い on /questions/ with its chapter count per edition', () => {
    const $ = page('/questions/');
    const listed = hrefs($, '.topic-index__title a');
    expect([...listed].sort()).toEqual(registries.questions.entries.map((e) => `/questions/${e.id}/`).sort());
    $('.topic-index__item').each((_, item) => {
      const id = $(item).find('.topic-index__title a').attr('href')!.split('/')[2];
      const counts = $(item)
        .find('.edition-counts li')
        .map((__, li) => $(li).text().replace(/\s+/g, ''))
        .get();
      const years = editions.map((e) => e.year).sort();
      expect(counts, id).toEqual(
        years.map((y) => `${y}${declaring('questions', id).filter((c) => c.year === y).length}章`),
      );
    });
  });

  it('has at least three 問い or 兆し that span two or more editions', () => {
    const spanning = (['questions', 'signs'] as const).flatMap((field) =>
      registries[field].entries.filter(({ id }) => new Set(declaring(field, id).map((c) => c.year)).size >= 2),
    );
    expect(spanning.length).toBeGreaterThanOrEqual(3);
  });

  it.each(['questions', 'signs'] as const)(
    'gives each %s compare page a column per edition with its chapters and their ## sections',
    (field) => {
      for (const { id } of registries[field].entries) {
        const $ = page(`/${field}/${id}/compare/`);
        const expected = declaring(field, id);
        const years = [...new Set(expected.map((c) => c.year))];
        const columns = $('.compare__column');
        expect(columns.length, id).toBe(years.length);
        columns.each((i, column) => {
          expect($(column).find('.compare__year .year-mark').text()).toBe(`${years[i]}年版`);
          const inColumn = expected.filter((c) => c.year === years[i]);
          expect(hrefs($, `.compare__column:nth-of-type(${i + 1}) .compare__chapter h3 a`)).toEqual(inColumn.map(path));
          $(column)
            .find('.compare__chapter')
            .each((j, article) => {
              const chapter = inColumn[j];
              const sections = hrefs(
                $,
                `.compare__column:nth-of-type(${i + 1}) .compare__chapter:nth-of-type(${j + 1}) .compare__sections a`,
              );
              const body = readFileSync(chapter.file, 'utf8');
              expect(sections.length, chapter.slug).toBe(body.match(/^## /gm)?.length ?? 0);
              // Each section link lands on a heading of the chapter page.
              const $chapter = page(path(chapter));
              for (const href of sections)
                expect($chapter(`[id="${decodeURIComponent(href.split('#')[1])}"]`).length, href).toBe(1);
              expect($(article).find('p').text()).toContain(chapter.summary);
            });
        });
      }
    },
  );

  it('shows on a chapter whose 問い spans editions the closest chapters of other editions, and where the rest are', () => {
    // The chapter with the most related chapters left unshown.
    const hidden = (c: (typeof chapters)[number]) =>
      relatedInOtherEditions(chapters, c).reduce((sum, e) => sum + e.more, 0);
    const chapter = chapters.reduce((most, c) => (hidden(c) > hidden(most) ? c : most));
    const editions = relatedInOtherEditions(chapters, chapter);
    const expected = editions.flatMap((e) => e.chapters);
    expect(expected.length).toBeGreaterThan(1);
    const $ = page(path(chapter));
    const block = $('.other-editions');
    expect(block.find('h2').text()).toBe('この問い・兆しを他の版で');
    expect(hrefs($, '.other-editions h3 a')).toEqual(expected.map((r) => path(r.chapter)));
    block.find('.plain-list > li').each((i, li) => {
      const chips = $(li)
        .find('.chip')
        .map((_, a) => $(a).attr('href'))
        .get();
      expect(chips).toEqual([
        ...expected[i].questions.map((q) => `/questions/${q}/`),
        ...expected[i].signs.map((s) => `/signs/${s}/`),
      ]);
    });
    // The rest are counted and left to the compare pages of the chapter's own 問い and 兆し.
    const more = editions.filter((e) => e.more > 0);
    expect(more.length).toBeGreaterThan(0);
    const note = block.find('.other-editions__more');
    for (const e of more) expect(note.find('p').text()).toContain(`${e.year}年版に${e.more}章`);
    expect(hrefs($, '.other-editions__more a')).toEqual([
      ...chapter.questions.map((q) => `/questions/${q}/compare/`),
      ...chapter.signs.map((s) => `/signs/${s}/compare/`),
    ]);
  });

  it('shows on every chapter page no more than three chapters per other edition, those sharing the most', () => {
    for (const chapter of chapters) {
      const shown = hrefs(page(path(chapter)), '.other-editions h3 a');
      const expected = relatedInOtherEditions(chapters, chapter).flatMap((e) => e.chapters.map((r) => path(r.chapter)));
      expect(shown, path(chapter)).toEqual(expected);
      const years = shown.map((href) => href.split('/')[1]);
      for (const year of new Set(years)) expect(years.filter((y) => y === year).length).toBeLessThanOrEqual(3);
    }
  });

  it('links the home page to the four indexes and the edition page chips to index pages', () => {
    expect(hrefs(page('/'), '.index-links a')).toEqual(['/questions/', '/signs/', '/regions/', '/people/']);
    const tocLinks = hrefs(page('/2021/'), '.toc-group__title a');
    expect(tocLinks.length).toBeGreaterThan(0);
    for (const href of tocLinks) expect(exists(href), href).toBe(true);
  });
});

describe('aliases, redirect_from, unused entries and drafts (fixture corpus)', () => {
  const outDir = resolve('.tmp/test-dist/indexes-fixture');
  let output = '';
  const fixturePage = (sitePath: string) => cheerio.load(readFileSync(join(outDir, sitePath, 'index.html'), 'utf8'));

  beforeAll(() => {
    const content = tempCorpus();
    edit(content, 'questions.yaml', '- id: fixture-question\n', '- id: fixture-question\n  aliases: [old-question]\n');
    edit(
      content,
      'questions.yaml',
      /$/,
      '- id: unused-question\n  title: 使われていない問い\n  description: どの章も挙げていない問い。\n',
    );
    edit(content, 'regions.yaml', '- id: fixture-region\n', '- id: fixture-region\n  aliases: [old-region]\n');
    edit(content, 'editions/2091/opening.md', 'order: 1\n', 'order: 1\nredirect_from: [/2091/old-opening]\n');
    rmSync(outDir, { recursive: true, force: true });
    output = buildSiteOrThrow({ outDir, contentDir: content });
  });

  it.each([
    ['/questions/old-question/', '/lcwp/questions/fixture-question/'],
    ['/questions/old-question/compare/', '/lcwp/questions/fixture-question/compare/'],
    ['/regions/old-region/', '/lcwp/regions/fixture-region/'],
    ['/2091/old-opening/', '/lcwp/2091/opening/'],
  ])('makes a redirect page at %s', (from, to) => {
    const $ = fixturePage(from);
    expect($('meta[http-equiv=refresh]').attr('content')).toBe(`0; url=${to}`);
    expect($('link[rel=canonical]').attr('href')).toBe(`https://example.test${to}`);
    expect($('meta[name=robots]').attr('content')).toBe('noindex');
    expect($('main a').attr('href')).toBe(to);
  });

  it('writes the same redirects to _redirects, with the base', () => {
    expect(readFileSync(join(outDir, '_redirects'), 'utf8')).toBe(
      [
        '/lcwp/2091/old-opening/ /lcwp/2091/opening/ 301',
        '/lcwp/questions/old-question/ /lcwp/questions/fixture-question/ 301',
        '/lcwp/questions/old-question/compare/ /lcwp/questions/fixture-question/compare/ 301',
        '/lcwp/regions/old-region/ /lcwp/regions/fixture-region/ 301',
        '',
      ].join('\n'),
    );
  });

  it('gives an entry no chapter uses its page showing 0, and warns once naming it', () => {
    const $ = fixturePage('/questions/unused-question/');
    expect($('h1').text()).toBe('使われていない問い');
    expect($('.index-empty').text()).toContain('まだありません');
    expect(output.match(/どの章にも使われていない項目/g)).toHaveLength(1);
    expect(output).toContain('questions.yaml › unused-question');
  });

  it('keeps draft chapters out of every index page', () => {
    for (const sitePath of [
      '/questions/',
      '/questions/fixture-question/',
      '/questions/fixture-question/compare/',
      '/regions/fixture-region/',
      '/people/fixture-person/',
    ]) {
      const html = readFileSync(join(outDir, sitePath, 'index.html'), 'utf8');
      expect(html, sitePath).not.toContain('DRAFTONLY');
      expect(html, sitePath).not.toContain('/2091/unfinished/');
    }
    expect(existsSync(join(outDir, 'questions/fixture-question/index.html'))).toBe(true);
  });
});
