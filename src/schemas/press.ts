import { z } from 'astro/zod';
import { fullDateField, idList, text, url } from './fields.ts';

/** Front matter of a press release, `content/press/<YYYY-MM-DD>-<slug>.mdx`. */
export const pressSchema = z.object({
  /** Title of the release exactly as issued. */
  title: text('リリースの題名（title）'),
  /** Subtitle of the release, when it has one. */
  subtitle: z.string().trim().min(1).optional(),
  /** Date of the release (or of the article that reports it), `YYYY-MM-DD`. */
  date: fullDateField,
  /** True when the date is inferred rather than printed on the release; shown as 「(推定)」. */
  date_estimated: z.boolean({ error: 'date_estimated は true か false で書いてください。' }).default(false),
  /** Organisation that issued the release. */
  issuer: text('発表した組織（issuer）'),
  /** Other organisations named as partners. */
  partners: z.array(z.string().trim().min(1)).default([]),
  /** Years of the editions the release relates to (e.g. [2021]). */
  editions: z.array(z.number({ error: 'editions には版の年を数字で書いてください（例: [2021]）。' }).int()).default([]),
  /** Ids from regions.yaml. */
  regions: idList('regions.yaml'),
  /** Ids from questions.yaml. */
  questions: idList('questions.yaml'),
  /** Ids from signs.yaml. */
  signs: idList('signs.yaml'),
  /** URL of the release itself. */
  source: url,
  /** One or two sentences for the list and the meta description. */
  summary: text('要約（summary。1〜2文）'),
  /** A draft builds in dev and preview builds only. */
  draft: z.boolean().default(false),
});

export type PressData = z.output<typeof pressSchema>;
