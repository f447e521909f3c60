import { describe, expect, it } from 'vitest';
import {
  bibtex,
  chapterJsonLd,
  citationLine,
  citationTags,
  editionJsonLd,
  websiteJsonLd,
} from '../../src/lib/metadata.ts';

const edition = {
  year: 2021,
  title: 'ローカルキャリア白書2021―未来の働き方はここにある―',
  published: '2021-06-10',
  publisher: '一般社団法人 地域・人材共創機構（CAREER FOR）',
  url: 'https://example.test/2021/',
};
const digest = {
  title: '新卒で地域中小企業経営者の右腕というキャリアについて',
  slug: 'right-hand-graduates',
  url: 'https://example.test/2021/right-hand-graduates/',
  date: '2021-06-10',
  kind: 'digest' as const,
  summary: '要約。',
  authors: ['田中勲'],
  source: 'https://note.com/careerfor/n/n3f387b838eab',
};
const commentary = {
  ...digest,
  kind: 'commentary' as const,
  authors: [],
  source: undefined,
  slug: 'questions-and-signs',
};

describe('JSON-LD', () => {
  it('describes a chapter as an Article that is part of its edition', () => {
    const ld = chapterJsonLd(digest, edition);
    expect(ld).toMatchObject({
      '@type': 'Article',
      headline: digest.title,
      datePublished: '2021-06-10',
      isBasedOn: digest.source,
    });
    expect(ld.isPartOf).toMatchObject({ '@type': 'Book', name: edition.title });
    expect(ld.author).toEqual([{ '@type': 'Person', name: '田中勲' }]);
  });
  it('credits the publisher when the author is unknown', () => {
    expect(chapterJsonLd(commentary, edition).author).toEqual({ '@type': 'Organization', name: edition.publisher });
  });
  it("lists an edition's chapters in order", () => {
    const ld = editionJsonLd(edition, [digest, commentary]);
    expect(ld.hasPart.map((p) => p.position)).toEqual([1, 2]);
  });
  it('gives the site a search action pointing at the search page', () => {
    const ld = websiteJsonLd('https://example.test/', 'https://example.test/search/', edition.publisher);
    expect(ld.potentialAction.target.urlTemplate).toBe('https://example.test/search/?q={search_term_string}');
  });
});

describe('citations', () => {
  it('has the Highwire tags reference managers read', () => {
    const tags = Object.fromEntries(citationTags(digest, edition));
    expect(tags).toMatchObject({
      citation_title: digest.title,
      citation_author: '田中勲',
      citation_publication_date: '2021/06/10',
      citation_inbook_title: edition.title,
    });
  });
  it('writes a Japanese citation line with kind, book, publisher, date and URL', () => {
    expect(citationLine(digest, edition)).toBe(
      `田中勲「${digest.title}」（要約）『${edition.title}』ローカルキャリア白書 ウェブ版、${edition.publisher}、2021年6月10日。${digest.url}`,
    );
  });
  it('writes BibTeX with escaped fields and the original for a digest', () => {
    const entry = bibtex({ ...digest, title: '100% & _' }, edition);
    expect(entry).toMatch(/^@incollection\{lcwp2021-right-hand-graduates,/);
    expect(entry).toContain('title = {100\\% \\& \\_}');
    expect(entry).toContain('month = {6}');
    expect(entry).toContain(`note = {要約。原典: ${digest.source}}`);
  });
});
