import { z } from 'astro/zod';
import { text } from './fields.ts';
import { registryEntrySchema } from './registry-entry.ts';

/** An entry of questions.yaml (問い) or signs.yaml (兆し): the two organising ideas share one shape. */
export const topicSchema = registryEntrySchema({
  /** The question or sign as readers see it, in Japanese. */
  title: text('問い・兆しの見出し（title）').meta({ title: '見出し', description: '読者に見せる問い・兆しの文。' }),
  /** Two or three sentences: what it is about and which editions take it up. */
  description: text('説明（description）').meta({
    title: '説明',
    description: '何についてか、どの版が取り上げたかを2〜3文で。',
  }),
});

export type TopicData = z.output<typeof topicSchema>;
