/**
 * Draws the site's social cards into the card cache, as a step that runs alongside `astro build`
 * (scripts/build.ts starts it at low priority): the cards are drawn on the core the build leaves
 * idle, and the /og/ route then reads them instead of drawing them on the page-generation path.
 *
 * It needs only the front matter, read without a build; the route stays the authority on which
 * cards exist. Anything this step misses or gets wrong (a file with bad front matter, a card not
 * yet drawn when the route reaches it) the route draws itself, so the build never depends on it.
 * It works from the last card towards the first, the route from the first: they meet in the
 * middle instead of drawing the same cards twice.
 *
 * Usage: node scripts/render-cards.ts [content-dir]   (default: CONTENT_DIR, else content/)
 */
import yaml from 'js-yaml';
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { z } from 'astro/zod';
import { chapterSchema } from '../src/schemas/chapter.ts';
import { editionSchema } from '../src/schemas/edition.ts';
import { socialCards } from '../src/lib/cards.ts';
import { sortChapters } from '../src/lib/chapters.ts';
import { accentFor, isVisible, newestFirst } from '../src/lib/editions.ts';
import { cachedCardPath, renderCard } from '../src/og/render-card.ts';

const contentDir = resolve(process.argv[2] ?? process.env.CONTENT_DIR ?? 'content');
// As src/data/site.ts decides for a production build.
const includeDrafts = process.env.PREVIEW_DRAFTS === '1';

/** The YAML between the leading `---` lines, with dates as written (as scripts/lib/content-files.ts reads them). */
async function frontMatter(file: string): Promise<unknown> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(await readFile(file, 'utf8'));
  try {
    return match ? yaml.load(match[1], { schema: yaml.CORE_SCHEMA }) : undefined;
  } catch {
    return undefined;
  }
}

const editionsDir = join(contentDir, 'editions');
const editions: { year: number; title: string; accent: string }[] = [];
const chapters: (z.output<typeof chapterSchema> & { year: number; slug: string })[] = [];
for (const folder of (await readdir(editionsDir)).filter((f) => /^\d{4}$/.test(f))) {
  const year = Number(folder);
  const files = (await readdir(join(editionsDir, folder))).filter((f) => /\.mdx?$/.test(f));
  const index = files.find((f) => /^index\.mdx?$/.test(f));
  if (!index) continue;
  const edition = editionSchema.safeParse(await frontMatter(join(editionsDir, folder, index)));
  if (!edition.success || !isVisible(edition.data, includeDrafts)) continue;
  editions.push({ year, title: edition.data.title, accent: accentFor(year, edition.data.accent) });
  for (const name of files.filter((f) => f !== index)) {
    const chapter = chapterSchema.safeParse(await frontMatter(join(editionsDir, folder, name)));
    if (chapter.success && isVisible(chapter.data, includeDrafts))
      chapters.push({ ...chapter.data, year, slug: name.replace(/\.mdx?$/, '') });
  }
}

for (const { input } of socialCards(newestFirst(editions), sortChapters(chapters)).reverse()) {
  if (!existsSync(await cachedCardPath(input))) await renderCard(input);
}
