import { z } from 'astro/zod';
import { id } from './fields.ts';

/** What every entry of a registry file (questions.yaml, signs.yaml, regions.yaml, people.yaml) has. */
export const registryEntrySchema = z.object({
  /** Stable ASCII id used in chapters' front matter and in URLs (/questions/<id>/). */
  id,
  /** Former ids of this entry; each old URL redirects to the current page. */
  aliases: z.array(id).default([]),
});
