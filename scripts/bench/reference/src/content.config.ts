/** The chapters of the benchmark corpus (CONTENT_DIR), with no schema: front matter as written. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const root = (process.env.CONTENT_DIR ?? '../../../content').replace(/\/+$/, '');

export const collections = {
  chapters: defineCollection({
    loader: glob({ base: `${root}/editions`, pattern: ['*/*.{md,mdx}', '!*/index.{md,mdx}'] }),
  }),
};
