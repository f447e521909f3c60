import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { groupByTopic } from '../../src/lib/chapters.ts';
import { chapters, editions, registries } from '../helpers/content.ts';
import { allPages, exists, fileOf, page } from '../helpers/site.ts';

describe('pages of the real content', () => {
  it('has a home page listing every edition, newest first', () => {
    const $ = page('/');
    const listed = $('.edition-card .year-mark')
      .map((_, el) => $(el).text())
      .get();
    expect(listed).toEqual([...editions].sort((a, b) => b.year - a.year).map((e) => `${e.year}年版`));
  });

  it.each(editions.map((e) => [e.year, e] as const))(
    'has the %i edition page with its title and sources',
    (year, edition) => {
      const $ = page(`/${year}/`);
      expect($('h1').text()).toBe(edition.title);
      expect($('title').text()).toContain(`${year}年版`);
      expect($('meta[name=description]').attr('content')).toBe(edition.summary);
      const sourceLinks = $('.notice a')
        .map((_, a) => $(a).attr('href'))
        .get();
      expect(sourceLinks).toEqual(edition.sources.map((s) => s.url));
      expect($('.notice').text()).toMatch(/要約|解説/);
      // A search box kept to this edition, working without JavaScript.
      const form = $('form.edition-search');
      expect(form.attr('action')).toBe('/search/');
      expect(form.attr('method')).toBe('get');
      expect(form.find('input[type=hidden][name=edition]').attr('value')).toBe(String(year));
      expect(form.find('input[type=search][name=q]').length).toBe(1);
    },
  );

  it.each(chapters.map((c) => [`${c.year}/${c.slug}`, c] as const))(
    'has the chapter %s with title, summary and kind',
    (_, chapter) => {
      const $ = page(`/${chapter.year}/${chapter.slug}/`);
      expect($('h1').text()).toBe(chapter.title);
      expect($('meta[name=description]').attr('content')).toBe(chapter.summary);
      expect($('.chapter__header .kind-badge').text()).toBe(
        chapter.kind === 'digest' ? '要約' : chapter.kind === 'commentary' ? '解説' : '原文',
      );
      expect($('.chapter__header .year-mark').text()).toBe(`${chapter.year}年版`);
      expect(
        $('.breadcrumbs li')
          .map((_, li) => $(li).text())
          .get(),
      ).toEqual(['白書', `${chapter.year}年版`, chapter.title]);
      if (chapter.kind === 'digest') expect($('.source-box a').attr('href')).toBe(chapter.source);
      expect($('.chapter__header').text()).toMatch(/約\d+分（[\d,]+字）/);
    },
  );

  it("lists each edition's chapters in order in its plain table of contents", () => {
    for (const edition of editions) {
      const $ = page(`/${edition.year}/`);
      const listed = $('#toc-order')
        .parent()
        .find('.chapter-list .title a')
        .map((_, a) => $(a).attr('href'))
        .get();
      expect(listed).toEqual(chapters.filter((c) => c.year === edition.year).map((c) => `/${c.year}/${c.slug}/`));
    }
  });

  it('groups the table of contents by 問い and by 兆し, a chapter under each one it names', () => {
    for (const edition of editions) {
      const $ = page(`/${edition.year}/`);
      const inEdition = chapters.filter((c) => c.year === edition.year);
      for (const [kind, registry] of [
        ['question', registries.questions],
        ['sign', registries.signs],
      ] as const) {
        const groups = $(`.toc-by-${kind} .toc-group`)
          .map((_, g) => ({
            title: $(g).find('.toc-group__title').text().trim(),
            links: $(g)
              .find('.chapter-list a')
              .map((__, a) => $(a).attr('href'))
              .get(),
          }))
          .get();
        const field = kind === 'question' ? 'questions' : 'signs';
        const expected = groupByTopic(
          inEdition,
          registry.entries as { id: string; title: string }[],
          (c) => c[field],
        ).map((g) => ({
          title: g.topic?.title ?? (kind === 'question' ? '問いを挙げていない章' : '兆しを挙げていない章'),
          links: g.chapters.map((c) => `/${c.year}/${c.slug}/`),
        }));
        expect(groups).toEqual(expected);
        // Each chapter appears exactly under the ids it declares.
        for (const c of inEdition) {
          const under = groups.filter((g) => g.links.includes(`/${c.year}/${c.slug}/`)).length;
          expect(under).toBe(Math.max(1, c[field].length));
        }
      }
    }
  });

  it('links each chapter to the previous and next chapter of its edition', () => {
    for (const edition of editions) {
      const inEdition = chapters.filter((c) => c.year === edition.year);
      inEdition.forEach((chapter, i) => {
        const $ = page(`/${chapter.year}/${chapter.slug}/`);
        const prev = inEdition[i - 1];
        const next = inEdition[i + 1];
        expect($('.prev-next a[rel=prev]').attr('href')).toBe(prev ? `/${prev.year}/${prev.slug}/` : undefined);
        expect($('.prev-next a[rel=next]').attr('href')).toBe(next ? `/${next.year}/${next.slug}/` : undefined);
      });
    }
  });

  it('renders footnotes with Japanese labels, kept out of the contents list', () => {
    const withFootnotes = chapters.filter((c) => /\[\^[^\]]+\]:/.test(readFileSync(c.file, 'utf8')));
    expect(withFootnotes.length).toBeGreaterThan(0);
    for (const chapter of withFootnotes) {
      const $ = page(`/${chapter.year}/${chapter.slug}/`);
      expect($('section[data-footnotes] #footnote-label').text()).toBe('脚注');
      expect($('a[data-footnote-backref]').first().attr('aria-label')).toMatch(/^本文へ戻る/);
      expect($('.prose sup a[data-footnote-ref]').length).toBeGreaterThan(0);
      expect($('.contents a[href="#footnote-label"]').length).toBe(0);
    }
  });

  it('gives every chapter heading a stable id that the contents list points to', () => {
    for (const chapter of chapters) {
      const $ = page(`/${chapter.year}/${chapter.slug}/`);
      const targets = $('.contents a')
        .map((_, a) => $(a).attr('href'))
        .get();
      expect(targets.length).toBe($('.prose h2:not(#footnote-label), .prose h3').length);
      for (const target of targets) expect($(`[id="${decodeURIComponent(target.slice(1))}"]`).length, target).toBe(1);
    }
  });

  it('renders GFM tables inside a scrollable region', () => {
    const $pages = chapters.map((c) => page(`/${c.year}/${c.slug}/`)).concat(editions.map((e) => page(`/${e.year}/`)));
    const tables = $pages.flatMap(($) =>
      $('.prose table')
        .toArray()
        .map((t) => $(t).parent().attr('class')),
    );
    expect(tables.length).toBeGreaterThan(0);
    expect(new Set(tables)).toEqual(new Set(['table-scroll']));
  });

  it('has a 404 page', () => {
    expect(exists('/404.html')).toBe(true);
    expect(page('/404.html')('h1').text()).toBe('ページが見つかりません');
  });
});

describe('every page', () => {
  const pages = allPages();

  it('is Japanese, with a title and a description', () => {
    for (const path of pages) {
      const $ = page(path);
      expect($('html').attr('lang'), path).toBe('ja');
      expect($('title').text().length, path).toBeGreaterThan(0);
      expect($('meta[name=description]').attr('content')?.length, path).toBeGreaterThan(0);
    }
  });

  it('has a skip link to the main landmark and one h1', () => {
    for (const path of pages) {
      const $ = page(path);
      expect($('a.skip-link').attr('href'), path).toBe('#main');
      expect($('main#main').length, path).toBe(1);
      expect($('h1').length, path).toBe(1);
    }
  });

  it('ships no JavaScript on content pages', () => {
    const contentPages = pages.filter((p) => !p.startsWith('/search/'));
    for (const path of contentPages) {
      expect(readFileSync(fileOf(path), 'utf8'), path).not.toMatch(/<script\b(?![^>]*type="application\/(ld\+)?json")/);
    }
  });

  it('loads one shared stylesheet', () => {
    const sheets = new Set(
      pages.flatMap((path) =>
        page(path)('link[rel=stylesheet]')
          .map((_, l) => page(path)(l).attr('href'))
          .get(),
      ),
    );
    expect(sheets.size).toBe(1);
  });
});

describe('the site under a sub-path (SITE_BASE=/lcwp/)', () => {
  it('prefixes every internal href and src with the base', () => {
    for (const path of allPages('sub')) {
      const $ = page(path, 'sub');
      const refs = $('[href], [src], [srcset], form[action]')
        .map((_, el) => [
          $(el).attr('href'),
          $(el).attr('src'),
          $(el).attr('action'),
          ...($(el).attr('srcset') ?? '').split(',').map((s) => s.trim().split(' ')[0]),
        ])
        .get()
        .filter((ref): ref is string => !!ref && !/^(https?:|mailto:|#|data:)/.test(ref));
      for (const ref of refs) expect(ref, `${path}: ${ref}`).toMatch(/^\/lcwp\//);
    }
  });

  it('builds the same pages as the root build', () => {
    expect(allPages('sub')).toEqual(allPages('root'));
  });
});
