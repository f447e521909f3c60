/**
 * Which chunk of Astro's server build a module goes into. Each MDX entry is imported on its own,
 * so Rolldown otherwise makes a chunk of every chapter and of the variant Astro derives from it:
 * at 1,000 chapters some two thousand files that the build writes, loads one by one (Node also
 * caches the compiled code of each) and deletes again; every file created or deleted costs system
 * time, the most just after many deletions, as the end of a build has. One chunk per edition
 * instead: the same pages from a faster `astro build` (numbers: docs/benchmark.md). Readers' files
 * are not affected: the chunks never leave the
 * build, and no MDX module reaches the browser.
 */

/** `…/editions/2021/intro.mdx?astroPropagatedAssets` → `chapters-2021`; `…/press/x.mdx` → `press`. */
const CONTENT_MODULE = /[\\/](?:editions[\\/](\d{4})|(press))[\\/][^\\/?]+\.mdx(?:\?|$)/;

/** The chunk for the module `id`: one per edition's chapters, one for the press releases, else Rolldown's choice (null). */
export function contentChunk(id: string): string | null {
  const match = CONTENT_MODULE.exec(id);
  if (!match) return null;
  return match[1] ? `chapters-${match[1]}` : 'press';
}
