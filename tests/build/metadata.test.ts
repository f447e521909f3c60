import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { chapters, editions } from '../helpers/content.ts';
import { allPages, exists, fileOf, page } from '../helpers/site.ts';

const ORIGIN = 'https://example.test';

/** The JSON-LD objects of a page, parsed. */
function jsonLd(path: string): Record<string, unknown>[] {
  const $ = page(path);
  return $('script[type="application/ld+json"]')
    .map((_, s) => JSON.parse($(s).text()))
    .get();
}

describe('head metadata', () => {
  it('gives every page a canonical URL and Open Graph and Twitter tags on the configured origin', () => {
    for (const path of allPages().filter((p) => p !== '/404.html')) {
      const $ = page(path);
      expect($('link[rel=canonical]').attr('href'), path).toBe(ORIGIN + path);
      for (const property of ['og:title', 'og:description', 'og:url', 'og:image', 'og:type']) {
        expect($(`meta[property="${property}"]`).attr('content'), `${path} ${property}`).toBeTruthy();
      }
      expect($('meta[name="twitter:card"]').attr('content')).toBe('summary_large_image');
    }
  });

  it('points every og:image at a built 1200×630 card', async () => {
    const images = new Set(allPages().map((path) => page(path)('meta[property="og:image"]').attr('content')!));
    for (const image of images) {
      const path = image.replace(ORIGIN, '');
      expect(exists(path), image).toBe(true);
      const { width, height, format } = await sharp(fileOf(path)).metadata();
      expect({ width, height, format }, image).toEqual({ width: 1200, height: 630, format: 'png' });
    }
  });

  it('gives each chapter and edition its own card', () => {
    for (const c of chapters) {
      expect(page(`/${c.year}/${c.slug}/`)('meta[property="og:image"]').attr('content')).toBe(
        `${ORIGIN}/og/${c.year}/${c.slug}.png`,
      );
    }
    for (const e of editions)
      expect(page(`/${e.year}/`)('meta[property="og:image"]').attr('content')).toBe(`${ORIGIN}/og/${e.year}.png`);
  });
});

describe('JSON-LD', () => {
  it('describes the site as a WebSite with a search action', () => {
    const [site] = jsonLd('/');
    expect(site).toMatchObject({ '@type': 'WebSite', url: `${ORIGIN}/`, inLanguage: 'ja' });
    expect(JSON.stringify(site.potentialAction)).toContain(`${ORIGIN}/search/?q={search_term_string}`);
  });

  it('describes each edition as a Book listing its chapters in order', () => {
    for (const e of editions) {
      const [book] = jsonLd(`/${e.year}/`);
      expect(book).toMatchObject({ '@type': 'Book', name: e.title, datePublished: e.published });
      const parts = (book.hasPart as { url: string }[]).map((p) => p.url);
      expect(parts).toEqual(chapters.filter((c) => c.year === e.year).map((c) => `${ORIGIN}/${c.year}/${c.slug}/`));
    }
  });

  it('describes each chapter as an Article part of its edition, with author and date', () => {
    for (const c of chapters) {
      const [article] = jsonLd(`/${c.year}/${c.slug}/`);
      const edition = editions.find((e) => e.year === c.year)!;
      expect(article).toMatchObject({
        '@type': 'Article',
        headline: c.title,
        datePublished: c.published ?? edition.published,
      });
      expect(article.isPartOf).toMatchObject({ '@type': 'Book', name: edition.title });
      expect(article.author).toBeTruthy();
    }
  });
});

describe('citation', () => {
  it('gives each chapter citation tags and a 「この章を引用」 block readable without JavaScript', () => {
    for (const c of chapters) {
      const $ = page(`/${c.year}/${c.slug}/`);
      const edition = editions.find((e) => e.year === c.year)!;
      expect($('meta[name=citation_title]').attr('content')).toBe(c.title);
      expect($('meta[name=citation_author]').length).toBeGreaterThan(0);
      expect($('meta[name=citation_publication_date]').attr('content')).toMatch(/^\d{4}(\/\d{2}){0,2}$/);
      expect($('meta[name=citation_inbook_title]').attr('content')).toBe(edition.title);
      expect($('.cite-block h2').text()).toBe('この章を引用');
      expect($('.cite-block__line').text()).toContain(`「${c.title}」`);
      expect($('.cite-block details pre').text()).toMatch(new RegExp(`^@incollection\\{lcwp${c.year}-${c.slug},`));
    }
  });
});
