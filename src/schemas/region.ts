import { z } from 'astro/zod';
import { text } from './fields.ts';
import { registryEntrySchema } from './registry-entry.ts';

/** An entry of regions.yaml (地域). */
export const regionSchema = registryEntrySchema.extend({
  /** Name of the region as used in the white paper (e.g. 岩手県釜石市, 岐阜エリア). */
  name: text('地域名（name）'),
  /** Prefecture the region belongs to (e.g. 岩手県). */
  prefecture: text('都道府県（prefecture）'),
  /** What the region's work with local careers is, in two or three sentences. */
  description: text('説明（description）'),
  /** Partner organisations and programmes in the region. */
  partners: z.array(z.string().trim().min(1)).default([]),
});

export type RegionData = z.output<typeof regionSchema>;
