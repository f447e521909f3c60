/**
 * The content collections. Schemas live in src/schemas/ (plain zod, shared with
 * `npm run check:content`); this file only binds them to files under content/.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { chapterSchema } from './schemas/chapter.ts';
import { editionSchema } from './schemas/edition.ts';
import { personSchema } from './schemas/person.ts';
import { pressSchema } from './schemas/press.ts';
import { regionSchema } from './schemas/region.ts';
import { topicSchema } from './schemas/topic.ts';

/** CONTENT_DIR lets tests and the benchmark build another corpus through the same contract. */
const root = (process.env.CONTENT_DIR ?? './content').replace(/\/+$/, '');

const withoutExtension = ({ entry }: { entry: string }) => entry.replace(/\.mdx?$/, '');

/**
 * Nothing reads an entry's raw text (`entry.body`): pages render the compiled MDX. Kept, the text of
 * every chapter went into Astro's data store, which the build bundles as one JavaScript module
 * and loads again to render the pages (16 MB for 1,000 chapters of 13 KB).
 */
const retainBody = false;

const editions = defineCollection({
  loader: glob({
    base: `${root}/editions`,
    pattern: '*/index.{md,mdx}',
    generateId: ({ entry }) => entry.split('/')[0],
    retainBody,
  }),
  // The cover is resolved by astro:assets, so it is the one field the plain schema cannot type.
  schema: ({ image }) => editionSchema.extend({ cover: image().optional() }),
});

const chapters = defineCollection({
  loader: glob({
    base: `${root}/editions`,
    pattern: ['*/*.{md,mdx}', '!*/index.{md,mdx}'],
    generateId: withoutExtension,
    retainBody,
  }),
  schema: chapterSchema,
});

const press = defineCollection({
  loader: glob({ base: `${root}/press`, pattern: '*.{md,mdx}', generateId: withoutExtension, retainBody }),
  schema: pressSchema,
});

export const collections = {
  editions,
  chapters,
  press,
  questions: defineCollection({ loader: file(`${root}/questions.yaml`), schema: topicSchema }),
  signs: defineCollection({ loader: file(`${root}/signs.yaml`), schema: topicSchema }),
  regions: defineCollection({ loader: file(`${root}/regions.yaml`), schema: regionSchema }),
  people: defineCollection({ loader: file(`${root}/people.yaml`), schema: personSchema }),
};
