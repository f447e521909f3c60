import { z } from 'astro/zod';
import { text } from './fields.ts';
import { registryEntrySchema } from './registry-entry.ts';

/** An entry of people.yaml (人物): only people the published sources name. */
export const personSchema = registryEntrySchema({
  /** Full name as published (e.g. 石井重成). */
  name: text('氏名（name）').meta({ title: '氏名', description: '資料の表記どおりの氏名。' }),
  /** Role as published (e.g. 代表理事, ローカルキャリア研究員). */
  role: z.string().trim().min(1).optional().meta({ title: '肩書き', description: '資料に記録された肩書き。' }),
  /** Organisation as published. */
  affiliation: z.string().trim().min(1).optional().meta({ title: '所属', description: '資料に記録された所属。' }),
  /** One or two sentences on the person's part in the white paper. */
  description: z.string().trim().min(1).optional().meta({ title: '説明', description: '白書での役割を1〜2文で。' }),
});

export type PersonData = z.output<typeof personSchema>;
