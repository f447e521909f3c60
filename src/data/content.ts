/**
 * The one place that reads the content collections. Everything is loaded and checked once per
 * build and handed to pages as plain, ready data.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { sortChapters } from '../lib/chapters.ts';
import { findContentProblems, formatProblems } from '../lib/content-problems.ts';
import { accentFor, isVisible, newestFirst } from '../lib/editions.ts';
import { paths } from '../lib/urls.ts';
import { includeDrafts } from './site.ts';

type Registry<C extends 'questions' | 'signs' | 'regions' | 'people'> = CollectionEntry<C>['data'];
export type Topic = Registry<'questions'>;
export type Region = Registry<'regions'>;
export type Person = Registry<'people'>;

export type Edition = Omit<CollectionEntry<'editions'>['data'], 'credits'> & {
  year: number;
  accent: string;
  path: string;
  credits: { person: Person; role: string }[];
  entry: CollectionEntry<'editions'>;
};

export type Chapter = CollectionEntry<'chapters'>['data'] & {
  id: string;
  year: number;
  slug: string;
  path: string;
  /** Publication date: the chapter's own, else its edition's. */
  date: string;
  entry: CollectionEntry<'chapters'>;
};

export interface SiteContent {
  editions: Edition[];
  chapters: Chapter[];
  questions: Topic[];
  signs: Topic[];
  regions: Region[];
  people: Person[];
}

/** `editions/2021/foo.mdx` as an editor sees it, relative to the project root. */
function sourceFile(entry: { filePath?: string; id: string }): string {
  return entry.filePath ?? entry.id;
}

async function load(): Promise<SiteContent> {
  const [editionEntries, chapterEntries, pressEntries, questions, signs, regions, people] = await Promise.all([
    getCollection('editions'),
    getCollection('chapters'),
    getCollection('press'),
    getCollection('questions'),
    getCollection('signs'),
    getCollection('regions'),
    getCollection('people'),
  ]);

  const registry = <T extends { id: string; data: unknown; filePath?: string }>(entries: T[], file: string) => ({
    file,
    entries: entries.map((e) => e.data as T['data'] & { id: string; aliases: string[] }),
  });
  const problems = findContentProblems({
    editions: editionEntries.map((e) => ({ year: Number(e.id), file: sourceFile(e) })),
    chapters: chapterEntries.map((e) => {
      const [year, slug] = e.id.split('/');
      return { ...e.data, year: Number(year), slug, file: sourceFile(e) };
    }),
    press: pressEntries.map((e) => ({ ...e.data, file: sourceFile(e) })),
    credits: editionEntries.flatMap((e) => e.data.credits.map((c) => ({ file: sourceFile(e), person: c.person }))),
    questions: registry(questions, 'content/questions.yaml'),
    signs: registry(signs, 'content/signs.yaml'),
    regions: registry(regions, 'content/regions.yaml'),
    people: registry(people, 'content/people.yaml'),
  });
  if (problems.length > 0) throw new Error(formatProblems(problems));

  const peopleById = new Map(people.map((p) => [p.id, p.data]));
  const editions: Edition[] = newestFirst(
    editionEntries
      .filter((e) => isVisible(e.data, includeDrafts))
      .map((entry) => {
        const year = Number(entry.id);
        return {
          ...entry.data,
          year,
          accent: accentFor(year, entry.data.accent),
          path: paths.edition(year),
          credits: entry.data.credits.map((c) => ({ person: peopleById.get(c.person)!, role: c.role })),
          entry,
        };
      }),
  );
  const editionByYear = new Map(editions.map((e) => [e.year, e]));
  const chapters: Chapter[] = sortChapters(
    chapterEntries
      .map((entry) => {
        const [year, slug] = entry.id.split('/');
        return { ...entry.data, id: entry.id, year: Number(year), slug, entry };
      })
      .filter((c) => editionByYear.has(c.year) && isVisible(c, includeDrafts))
      .map((c) => ({
        ...c,
        path: paths.chapter(c.year, c.slug),
        date: c.published ?? editionByYear.get(c.year)!.published,
      })),
  );

  return {
    editions,
    chapters,
    questions: questions.map((e) => e.data),
    signs: signs.map((e) => e.data),
    regions: regions.map((e) => e.data),
    people: people.map((e) => e.data),
  };
}

let cached: Promise<SiteContent> | undefined;

/** All content of the site, loaded and checked once per build. */
export function siteContent(): Promise<SiteContent> {
  cached ??= load();
  return cached;
}

