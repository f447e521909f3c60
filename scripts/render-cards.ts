/**
 * The site's social cards (/og/site.png, /og/2021.png, /og/2021/<slug>.png): each drawn into the
 * card cache unless it is there (src/og/render-card.ts), then listed as `{ key, file }` for the
 * output. `npm run build` (scripts/build.ts) runs this alongside `astro build` at low priority, so
 * the cards are drawn on the core the build leaves idle, and links them into the new output from
 * that list (scripts/lib/card-files.ts). Astro's /og/ route, which `astro dev` and a bare
 * `astro build` still use, slowed page generation even with every card already cached
 * (docs/benchmark.md).
 *
 * It needs only the front matter, read as check:content reads it (js-yaml's core schema, the same
 * zod schemas): the build uses the list only once that check has passed.
 *
 * Usage: node scripts/render-cards.ts [content-dir] [list.json]
 *   (content-dir: default CONTENT_DIR, else content/; the list is written where the second argument says)
 */
import yaml from 'js-yaml';
import { existsSync } from 'node:fs';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { z } from 'astro/zod';
import { chapterSchema } from '../src/schemas/chapter.ts';
import { editionSchema } from '../src/schemas/edition.ts';
import { socialCards } from '../src/og/cards.ts';
import { sortChapters } from '../src/lib/chapters.ts';
import { accentFor, isVisible, newestFirst } from '../src/lib/editions.ts';
import { cachedCardPath, renderCard } from '../src/og/render-card.ts';
import type { CardFile } from './lib/card-files.ts';

/** The YAML between the leading `---` lines, with dates as written (as scripts/content-check/files.ts reads them). */
async function frontMatter(file: string): Promise<unknown> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(await readFile(file, 'utf8'));
  try {
    return match ? yaml.load(match[1], { schema: yaml.CORE_SCHEMA }) : undefined;
  } catch {
    return undefined;
  }
}

/** Draws every card of the content in `contentDir` that the cache lacks; the cards and their files. */
export async function drawCards(contentDir: string): Promise<CardFile[]> {
  // As src/data/site.ts decides for a production build.
  const includeDrafts = process.env.PREVIEW_DRAFTS === '1';
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
  const cards: CardFile[] = [];
  for (const { key, input } of socialCards(newestFirst(editions), sortChapters(chapters))) {
    const file = await cachedCardPath(input);
    if (!existsSync(file)) await renderCard(input);
    cards.push({ key, file: resolve(file) });
  }
  return cards;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [contentDir = process.env.CONTENT_DIR ?? 'content', list] = process.argv.slice(2);
  const cards = await drawCards(resolve(contentDir));
  if (list) await writeFile(list, JSON.stringify(cards));
}
