/**
 * The figures and tables of every edition, as the remark plugin numbered them, placed on their
 * pages with their permalinks, CSV files and citation lines. Read once per build.
 */
import { figureToolsHtml } from '../lib/figure-tools.ts';
import type { Html } from '../lib/html.ts';
import { keyFigureData, toCsv, type FigureRecord, type KeyFigureData } from '../lib/figures.ts';
import { figureCitationLine } from '../lib/metadata.ts';
import { lookup } from '../lib/registry.ts';
import { rendered, siteContent, type Chapter, type Edition } from './content.ts';
import { absoluteUrl, url } from './site.ts';

export interface PlacedFigure extends FigureRecord {
  year: number;
  /** The page it is on: a chapter, or the edition's own page (この版について). */
  page: { title: string; path: string; chapter?: Chapter };
  /** Site path of the figure: the page's path and the figure's anchor. */
  href: string;
  /** Absolute URL of the figure, for citations. */
  url: string;
  /** Site path of a table's CSV file. */
  csv?: string;
  citation: string;
}

/** Title of an edition's own page where a figure sits on it. */
export const EDITION_PAGE_TITLE = 'この版について';

async function figuresOf(entry: Chapter['entry'] | Edition['entry']): Promise<FigureRecord[]> {
  const { remarkPluginFrontmatter } = await rendered(entry);
  return (remarkPluginFrontmatter.figures as FigureRecord[] | undefined) ?? [];
}

async function load(): Promise<Map<number, PlacedFigure[]>> {
  const { editions, chapters, people } = await siteContent();
  const byYear = new Map<number, PlacedFigure[]>();
  for (const edition of [...editions].sort((a, b) => a.year - b.year)) {
    const citableEdition = { ...edition, url: absoluteUrl(edition.path) };
    const pages = [
      {
        title: EDITION_PAGE_TITLE,
        path: edition.path,
        entry: edition.entry,
        citable: { title: EDITION_PAGE_TITLE, date: edition.published, kind: 'original' as const, authors: [] },
      },
      ...chapters
        .filter((c) => c.year === edition.year)
        .map((chapter) => ({
          title: chapter.title,
          path: chapter.path,
          entry: chapter.entry,
          chapter,
          citable: {
            ...chapter,
            authors: lookup(people, chapter.authors).map((p) => p.name),
          },
        })),
    ];
    const placed: PlacedFigure[] = [];
    for (const page of pages) {
      for (const figure of await figuresOf(page.entry)) {
        const href = `${page.path}#${figure.anchor}`;
        const url = absoluteUrl(href);
        placed.push({
          ...figure,
          year: edition.year,
          page: { title: page.title, path: page.path, ...('chapter' in page ? { chapter: page.chapter } : {}) },
          href,
          url,
          ...(figure.kind === 'table' ? { csv: `${page.path}${figure.anchor}.csv` } : {}),
          citation: figureCitationLine(page.citable, citableEdition, { ...figure, url }),
        });
      }
    }
    byYear.set(edition.year, placed);
  }
  return byYear;
}

let cached: Promise<Map<number, PlacedFigure[]>> | undefined;

/** Every figure of every edition, edition by edition: the edition's page first, then its chapters in order. */
export function siteFigures(): Promise<Map<number, PlacedFigure[]>> {
  cached ??= load();
  return cached;
}

export async function editionFigures(year: number): Promise<PlacedFigure[]> {
  return (await siteFigures()).get(year) ?? [];
}

/** The figures of one page (a chapter or an edition's page), keyed by anchor, for the figure components. */
export async function pageFigures(year: number, path: string): Promise<Record<string, PlacedFigure>> {
  return Object.fromEntries((await editionFigures(year)).filter((f) => f.page.path === path).map((f) => [f.anchor, f]));
}

/** The block under a placed figure (link, CSV, citation), its links with the site's base. */
export function placedFigureTools(figure: PlacedFigure): Html {
  return figureToolsHtml({
    number: figure.number,
    href: url(figure.href),
    ...(figure.csv ? { csv: url(figure.csv) } : {}),
    citation: figure.citation,
  });
}

/** getStaticPaths of the table CSV files of chapters (`slug` and `table`) or of edition pages (`table`). */
export async function tableStaticPaths(on: 'chapter' | 'edition') {
  return [...(await siteFigures()).values()]
    .flat()
    .filter((f) => f.rows && (on === 'chapter') === Boolean(f.page.chapter))
    .map((f) => ({
      params: {
        year: String(f.year),
        ...(f.page.chapter ? { slug: f.page.chapter.slug } : {}),
        table: f.anchor,
      },
      props: { rows: f.rows! },
    }));
}

export function tableCsvResponse(rows: string[][]): Response {
  return new Response(toCsv(rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}

export async function editionKeyFigures(year: number): Promise<KeyFigureData[]> {
  return (await editionFigures(year))
    .filter((f) => f.component === 'KeyFigure')
    .map((f) => keyFigureData(f, { page: f.page.title, url: f.url }));
}
