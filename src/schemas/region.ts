import { z } from 'astro/zod';
import { text } from './fields.ts';
import { registryEntrySchema } from './registry-entry.ts';

/** An entry of regions.yaml (地域). */
export const regionSchema = registryEntrySchema({
  /** Name of the region as used in the white paper (e.g. 岩手県釜石市, 岐阜エリア). */
  name: text('地域名（name）').meta({ title: '地域名', description: '白書での呼び名（例: 岩手県釜石市）。' }),
  /** Prefecture the region belongs to (e.g. 岩手県). */
  prefecture: text('都道府県（prefecture）').meta({ title: '都道府県', description: '例: 岩手県。' }),
  /** What the region's work with local careers is, in two or three sentences. */
  description: text('説明（description）').meta({
    title: '説明',
    description: '地域とローカルキャリアのかかわりを2〜3文で。',
  }),
  /** Partner organisations and programmes in the region. */
  partners: z
    .array(z.string().trim().min(1))
    .default([])
    .meta({ title: '連携団体・事業', description: '地域の連携団体や事業。' }),
});

export type RegionData = z.output<typeof regionSchema>;
