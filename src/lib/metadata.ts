/**
 * Structured metadata for pages: JSON-LD (schema.org), Highwire citation tags for reference
 * managers, and the citation line and BibTeX of a chapter. Plain data in, plain data out.
 */
import { formatJapaneseDate } from './dates.ts';

export interface CitableEdition {
  year: number;
  title: string;
  published: string;
  publisher: string;
  url: string;
}

export interface CitableChapter {
  title: string;
  slug: string;
  url: string;
  date: string;
  kind: 'digest' | 'commentary' | 'original';
  summary: string;
  /** Names of the original's authors, when known. */
  authors: string[];
  /** The original article, for a digest. */
  source?: string;
}

const SITE_NAME = 'ローカルキャリア白書 ウェブ版';

function organisation(name: string) {
  return { '@type': 'Organization', name };
}

export function websiteJsonLd(siteUrl: string, searchUrl: string, publisher: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: SITE_NAME,
    url: siteUrl,
    inLanguage: 'ja',
    publisher: organisation(publisher),
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${searchUrl}?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  };
}

export function editionJsonLd(edition: CitableEdition, chapters: Pick<CitableChapter, 'title' | 'url'>[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Book',
    name: edition.title,
    url: edition.url,
    inLanguage: 'ja',
    datePublished: edition.published,
    publisher: organisation(edition.publisher),
    hasPart: chapters.map((c, i) => ({ '@type': 'Chapter', position: i + 1, name: c.title, url: c.url })),
  };
}

export function chapterJsonLd(chapter: CitableChapter, edition: CitableEdition) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: chapter.title,
    description: chapter.summary,
    url: chapter.url,
    inLanguage: 'ja',
    datePublished: chapter.date,
    author:
      chapter.authors.length > 0
        ? chapter.authors.map((name) => ({ '@type': 'Person', name }))
        : organisation(edition.publisher),
    publisher: organisation(edition.publisher),
    isPartOf: { '@type': 'Book', name: edition.title, url: edition.url, datePublished: edition.published },
    ...(chapter.source ? { isBasedOn: chapter.source } : {}),
  };
}

/** Highwire Press tags (Google Scholar, Zotero): name/content pairs. */
export function citationTags(chapter: CitableChapter, edition: CitableEdition): [string, string][] {
  const authors = chapter.authors.length > 0 ? chapter.authors : [edition.publisher];
  return [
    ['citation_title', chapter.title],
    ...authors.map((name): [string, string] => ['citation_author', name]),
    ['citation_publication_date', chapter.date.replaceAll('-', '/')],
    ['citation_publisher', edition.publisher],
    ['citation_inbook_title', edition.title],
    ['citation_language', 'ja'],
    ['citation_public_url', chapter.url],
  ];
}

/** A citation line in the Japanese style: 著者「章」『書名』発行者、日付。URL */
export function citationLine(chapter: CitableChapter, edition: CitableEdition, accessed?: string): string {
  return citation(chapter, edition, '', chapter.url, accessed);
}

/** The citation line of one figure: the chapter's, with the figure's number and caption, and its URL. */
export function figureCitationLine(
  chapter: Pick<CitableChapter, 'title' | 'date' | 'kind' | 'authors'>,
  edition: CitableEdition,
  figure: { number: string; caption: string; url: string },
): string {
  return citation(chapter, edition, `${figure.number}「${figure.caption}」`, figure.url);
}

function citation(
  chapter: Pick<CitableChapter, 'title' | 'date' | 'kind' | 'authors'>,
  edition: CitableEdition,
  part: string,
  url: string,
  accessed?: string,
): string {
  const who = chapter.authors.length > 0 ? chapter.authors.join('・') : edition.publisher;
  const kind = chapter.kind === 'digest' ? '（要約）' : chapter.kind === 'commentary' ? '（解説）' : '';
  const seen = accessed ? `（${formatJapaneseDate(accessed)}閲覧）` : '';
  return `${who}「${chapter.title}」${kind}${part}『${edition.title}』${SITE_NAME}、${edition.publisher}、${formatJapaneseDate(chapter.date)}。${url}${seen}`;
}

function bibtexEscape(value: string): string {
  return value.replace(/([{}%&#_$\\])/g, '\\$1');
}

export function bibtex(chapter: CitableChapter, edition: CitableEdition): string {
  const authors = chapter.authors.length > 0 ? chapter.authors.join(' and ') : `{${edition.publisher}}`;
  const [year, month] = chapter.date.split('-');
  const fields: [string, string | undefined][] = [
    ['author', authors],
    ['title', chapter.title],
    ['booktitle', edition.title],
    ['publisher', edition.publisher],
    ['year', year],
    ['month', month ? String(Number(month)) : undefined],
    ['url', chapter.url],
    [
      'note',
      chapter.kind === 'digest' ? `要約。原典: ${chapter.source}` : chapter.kind === 'commentary' ? '解説' : undefined,
    ],
    ['language', 'japanese'],
  ];
  const body = fields
    .filter((f): f is [string, string] => f[1] !== undefined)
    .map(([key, value]) => `  ${key} = {${key === 'author' || key === 'url' ? value : bibtexEscape(value)}}`)
    .join(',\n');
  return `@incollection{lcwp${edition.year}-${chapter.slug},\n${body}\n}`;
}

/**
 * The figures page of an edition as a schema.org Dataset: the key figures as CSV and JSON, and
 * every table as CSV, each a DataDownload.
 */
export function datasetJsonLd(
  edition: CitableEdition,
  page: { url: string; name: string; description: string },
  downloads: { name: string; url: string; format: 'text/csv' | 'application/json' }[],
  measured: string[],
) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: page.name,
    description: page.description,
    url: page.url,
    inLanguage: 'ja',
    isAccessibleForFree: true,
    creator: organisation(edition.publisher),
    publisher: organisation(edition.publisher),
    datePublished: edition.published,
    isPartOf: { '@type': 'Book', name: edition.title, url: edition.url },
    ...(measured.length > 0 ? { variableMeasured: measured } : {}),
    distribution: downloads.map((d) => ({
      '@type': 'DataDownload',
      name: d.name,
      contentUrl: d.url,
      encodingFormat: d.format,
    })),
  };
}
