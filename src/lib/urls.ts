/**
 * Site paths. Every internal link goes through `withBase`, so the site works at the root of a
 * host and under a sub-path (GitHub Pages project sites) alike.
 */

/** Normalise a base path to the form `/` or `/sub/path/`. */
export function normaliseBase(base: string | undefined): string {
  const trimmed = (base ?? '/').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** Join a site path (starting with `/`) onto the base; `#fragments` and `?queries` are kept. */
export function withBase(base: string, path: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('//')) return path;
  return normaliseBase(base) + path.replace(/^\/+/, '');
}

/** The four registries, named as their YAML files and their URL segments. */
export type RegistryName = 'questions' | 'signs' | 'regions' | 'people';

export const paths = {
  home: () => '/',
  edition: (year: number) => `/${year}/`,
  chapter: (year: number, slug: string) => `/${year}/${slug}/`,
  question: (id: string) => `/questions/${id}/`,
  sign: (id: string) => `/signs/${id}/`,
  region: (id: string) => `/regions/${id}/`,
  person: (id: string) => `/people/${id}/`,
  /** The list page of a registry: /questions/, /signs/, /regions/, /people/. */
  registryIndex: (registry: RegistryName) => `/${registry}/`,
  /** The page of one registry entry, e.g. /regions/kamaishi/. */
  registryEntry: (registry: RegistryName, id: string) => `/${registry}/${id}/`,
  /** The side-by-side view of a 問い or 兆し across editions. */
  compare: (registry: 'questions' | 'signs', id: string) => `/${registry}/${id}/compare/`,
  press: (slug: string) => `/press/${slug}/`,
  /** Page `n` of the press archive: `/press/`, `/press/2/`, … */
  pressList: (n = 1) => (n === 1 ? '/press/' : `/press/${n}/`),
  pressRss: () => '/press/rss.xml',
  pressAtom: () => '/press/atom.xml',
  editionFeed: (year: number) => `/${year}/rss.xml`,
  /** 図表一覧 of an edition, and its key figures as data. */
  editionFigures: (year: number) => `/${year}/figures/`,
  keyFigures: (year: number, format: 'csv' | 'json') => `/${year}/figures/key-figures.${format}`,
  /** 出典一覧 of an edition and of the whole site. */
  editionSources: (year: number) => `/${year}/sources/`,
  sources: () => '/sources/',
  search: () => '/search/',
};

/**
 * Every page the content makes: home, editions, chapters, and each registry's list, entry and
 * compare pages. Redirects are checked against it.
 */
export function contentPaths(content: {
  years: readonly number[];
  chapters: readonly { year: number; slug: string }[];
  registries: readonly { name: RegistryName; ids: readonly string[] }[];
}): string[] {
  return [
    paths.home(),
    ...content.years.map(paths.edition),
    ...content.chapters.map((c) => paths.chapter(c.year, c.slug)),
    ...content.registries.flatMap(({ name, ids }) => [
      paths.registryIndex(name),
      ...ids.flatMap((id) => [
        paths.registryEntry(name, id),
        ...(name === 'questions' || name === 'signs' ? [paths.compare(name, id)] : []),
      ]),
    ]),
  ];
}
