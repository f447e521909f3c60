import { z } from 'astro/zod';
import { text } from './fields.ts';
import { registryEntrySchema } from './registry-entry.ts';

/** An entry of people.yaml (人物): only people the published sources name. */
export const personSchema = registryEntrySchema.extend({
  /** Full name as published (e.g. 石井重成). */
  name: text('氏名（name）'),
  /** Role as published (e.g. 代表理事, ローカルキャリア研究員). */
  role: z.string().trim().min(1).optional(),
  /** Organisation as published. */
  affiliation: z.string().trim().min(1).optional(),
  /** One or two sentences on the person's part in the white paper. */
  description: z.string().trim().min(1).optional(),
});

export type PersonData = z.output<typeof personSchema>;
