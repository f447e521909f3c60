/** The real content, read and validated without Astro, as the expectations of the build tests. */
import { resolve } from 'node:path';
import { checkContentDir } from '../../scripts/content-check/files.ts';
import { sortChapters } from '../../src/lib/chapters.ts';

const { content } = await checkContentDir(resolve('content'));
export const editions = content.editions.filter((e) => e.status === 'published');
const years = new Set(editions.map((e) => e.year));
/** Published chapters of published editions, in reading order. */
export const chapters = sortChapters(content.chapters.filter((c) => !c.draft && years.has(c.year)));
export const registries = content.registries;
export const press = content.press.filter((p) => !p.draft);
