/**
 * The one place that reads the content collections. Everything is loaded and checked once per
 * build and handed to pages as plain, ready data.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { sortChapters } from '../lib/chapters.ts';
import { findContentProblems, formatProblems, isError } from '../lib/content-check/problems.ts';
import { accentFor, isVisible, newestFirst } from '../lib/editions.ts';
import { sectionsOf, type Heading } from '../lib/headings.ts';
import { buildIndex, orderRegistry, unusedIds, type IndexEntry } from '../lib/indexes.ts';
import { newestReleasesFirst } from '../lib/press.ts';
import { collectRedirects, redirectProblems, type Redirect } from '../lib/redirects.ts';
import { contentPaths, paths } from '../lib/urls.ts';
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

export type PressRelease = CollectionEntry<'press'>['data'] & {
  /** The file name without extension, e.g. `2021-07-08-living-lab-second-project`. */
  slug: string;
  path: string;
  entry: CollectionEntry<'press'>;
};

export interface SiteContent {
  editions: Edition[];
  chapters: Chapter[];
  /** Press releases, newest first. */
  press: PressRelease[];
  questions: Topic[];
  signs: Topic[];
  regions: Region[];
  people: Person[];
  /** Old URLs (registry aliases, chapters' redirect_from) and where they now lead. */
  redirects: Redirect[];
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
    editions: editionEntries.map((e) => ({
      year: Number(e.id),
      file: sourceFile(e),
      draft: e.data.status === 'draft',
    })),
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
  }).filter(isError);
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

  const press: PressRelease[] = newestReleasesFirst(
    pressEntries
      .filter((entry) => isVisible(entry.data, includeDrafts))
      .map((entry) => ({
        ...entry.data,
        // A release may name an edition that is still a draft; this build has no page for it.
        editions: entry.data.editions.filter((year) => editionByYear.has(year)),
        slug: entry.id,
        path: paths.press(entry.id),
        entry,
      })),
  );

  // Registries in a fixed order (first appearance across editions), not the collection's order.
  const ordered = {
    questions: orderRegistry(
      questions.map((e) => e.data),
      chapters,
      (c) => c.questions,
      (e) => e.title,
    ),
    signs: orderRegistry(
      signs.map((e) => e.data),
      chapters,
      (c) => c.signs,
      (e) => e.title,
    ),
    regions: orderRegistry(
      regions.map((e) => e.data),
      chapters,
      (c) => c.regions,
      (e) => e.name,
    ),
    people: orderRegistry(
      people.map((e) => e.data),
      chapters,
      (c) => [...c.authors, ...c.people],
      (e) => e.name,
    ),
  };
  warnUnused(ordered, chapters, editions, press);

  const files = {
    questions: 'content/questions.yaml',
    signs: 'content/signs.yaml',
    regions: 'content/regions.yaml',
    people: 'content/people.yaml',
  };
  const registries = (['questions', 'signs', 'regions', 'people'] as const).map((name) => ({
    name,
    file: files[name],
    entries: ordered[name],
  }));
  const redirects = collectRedirects({
    registries,
    chapters: chapters.map((c) => ({ ...c, file: sourceFile(c.entry) })),
  });
  const live = contentPaths({
    years: editions.map((e) => e.year),
    chapters,
    registries: registries.map((r) => ({ name: r.name, ids: r.entries.map((e) => e.id) })),
  });
  const redirectErrors = redirectProblems(redirects, live);
  if (redirectErrors.length > 0) throw new Error(formatProblems(redirectErrors));

  return { editions, chapters, press, ...ordered, redirects };
}

/** Entries nothing published names still get a page (showing 0); the editor is told once per build. */
function warnUnused(
  registries: Pick<SiteContent, 'questions' | 'signs' | 'regions' | 'people'>,
  chapters: Chapter[],
  editions: Edition[],
  press: PressRelease[],
) {
  const credited = new Set(editions.flatMap((e) => e.credits.map((c) => c.person.id)));
  // A region only a press release names (e.g. a prefecture of a pilot) is in use too.
  const inPress = new Set(press.flatMap((r) => r.regions));
  const unused = [
    ...unusedIds(registries.questions, chapters, (c) => c.questions).map((id) => `questions.yaml › ${id}`),
    ...unusedIds(registries.signs, chapters, (c) => c.signs).map((id) => `signs.yaml › ${id}`),
    ...unusedIds(registries.regions, chapters, (c) => c.regions)
      .filter((id) => !inPress.has(id))
      .map((id) => `regions.yaml › ${id}`),
    ...unusedIds(registries.people, chapters, (c) => [...c.authors, ...c.people])
      .filter((id) => !credited.has(id))
      .map((id) => `people.yaml › ${id}`),
  ];
  if (unused.length > 0) {
    console.warn(
      `[索引] どの章にも使われていない項目が ${unused.length} 件あります（ページは0件として作ります）:\n` +
        unused.map((u) => `  content/${u}`).join('\n'),
    );
  }
}

let cached: Promise<SiteContent> | undefined;

/** All content of the site, loaded and checked once per build. */
export function siteContent(): Promise<SiteContent> {
  cached ??= load();
  return cached;
}

const topicIndexes = new Map<'questions' | 'signs', Promise<IndexEntry<Topic, Chapter>[]>>();

/** The index of 問い or 兆し: every entry, in registry order, with its chapters by edition (made once per build). */
export function topicIndex(registry: 'questions' | 'signs'): Promise<IndexEntry<Topic, Chapter>[]> {
  let index = topicIndexes.get(registry);
  if (!index) {
    index = siteContent().then((site) =>
      buildIndex(
        site[registry],
        site.chapters,
        (c) => c[registry],
        (e) => e.title,
      ),
    );
    topicIndexes.set(registry, index);
  }
  return index;
}

/** getStaticPaths of every per-edition page and file (`/<year>/…`): one route per edition. */
export async function editionRoutes() {
  const { editions } = await siteContent();
  return editions.map((edition) => ({ params: { year: String(edition.year) }, props: { edition } }));
}

/** What a 問い or 兆し page and its compare page are built from. */
export interface TopicRoute {
  registry: 'questions' | 'signs';
  index: IndexEntry<Topic, Chapter>;
}

/** getStaticPaths of the entry and compare pages of one topic registry: one page per entry. */
export async function topicRoutes(registry: TopicRoute['registry']) {
  return (await topicIndex(registry)).map((index) => ({
    params: { id: index.entry.id },
    props: { registry, index } satisfies TopicRoute,
  }));
}

type Rendered = Awaited<ReturnType<typeof render>>;
const renders = new Map<string, Promise<Rendered>>();

/**
 * Astro's render of an entry, once per build: the entry's page shows its Content, and other pages
 * and lists read what the remark plugins recorded (headings, figures, cited links). Rendering the
 * Content into HTML happens where a page places it.
 */
export function rendered(entry: CollectionEntry<'editions' | 'chapters' | 'press'>): Promise<Rendered> {
  const key = `${entry.collection}/${entry.id}`;
  let found = renders.get(key);
  if (!found) {
    found = render(entry);
    renders.set(key, found);
  }
  return found;
}

/**
 * The `##` sections of a chapter, for the compare view. They come from Astro's own render of the
 * entry, so texts and slugs are exactly those of the chapter page and can be linked to.
 */
export async function chapterSections(chapter: Chapter): Promise<Heading[]> {
  return sectionsOf((await rendered(chapter.entry)).headings);
}
