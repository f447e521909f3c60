/**
 * Which chunk of Astro's server build a module goes into. Each MDX entry is imported on its own,
 * so Rolldown otherwise makes a chunk of every chapter and of the variant Astro derives from it:
 * at 1,000 chapters 2,097 files that the build writes, loads one by one (Node also caches the
 * compiled code of each) and deletes again; on this project's machines a file created or deleted
 * costs up to half a millisecond of system time, the most just after many deletions, as the end of
 * a build has. One chunk per edition instead: the same pages, `astro build` alone 15.5–16.9 →
 * 13.3–14.1 s (three interleaved runs). Readers' files are not affected: the chunks never leave the
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
