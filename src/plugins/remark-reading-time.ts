import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { countReadingCharacters, readingMinutes } from '../lib/reading-time.ts';

/**
 * Counts the characters a reader reads (text, not markup or MDX expressions) and stores them in
 * the page's front matter as `readingCharacters` and `readingMinutes`. An explicit value set by
 * the author is kept.
 */
export function remarkReadingTime() {
  return (tree: Root, file: VFile) => {
    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    const frontmatter = (data.astro.frontmatter ??= {});
    if (typeof frontmatter.readingCharacters === 'number') return;
    const characters = countReadingCharacters(toString(tree, { includeHtml: false }));
    frontmatter.readingCharacters = characters;
    frontmatter.readingMinutes = readingMinutes(characters);
  };
}
