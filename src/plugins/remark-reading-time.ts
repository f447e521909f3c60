import { defineMdastPlugin } from 'satteri';
import { pageFrontmatter } from '../lib/page-data.ts';
import { countReadingCharacters, readingMinutes } from '../lib/reading-time.ts';
import { rubyBaseText } from '../lib/ruby.ts';

/**
 * Counts the characters a reader reads (text, not markup or link targets; a ruby counts its base,
 * not its reading) and stores them in the page's front matter as `readingCharacters` and
 * `readingMinutes`. An explicit value set by the author is kept. Runs before remark-ruby, on the
 * text as written.
 */
export const remarkReadingTime = defineMdastPlugin({
  name: 'remark-reading-time',
  before(root, ctx) {
    const frontmatter = pageFrontmatter(ctx.data);
    if (typeof frontmatter.readingCharacters === 'number') return;
    const characters = countReadingCharacters(rubyBaseText(ctx.textContent(root, { includeHtml: false })));
    frontmatter.readingCharacters = characters;
    frontmatter.readingMinutes = readingMinutes(characters);
  },
});
