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

export const paths = {
  home: () => '/',
  edition: (year: number) => `/${year}/`,
  chapter: (year: number, slug: string) => `/${year}/${slug}/`,
  question: (id: string) => `/questions/${id}/`,
  sign: (id: string) => `/signs/${id}/`,
  region: (id: string) => `/regions/${id}/`,
  person: (id: string) => `/people/${id}/`,
  press: (slug: string) => `/press/${slug}/`,
  search: () => '/search/',
};
