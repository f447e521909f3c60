/**
 * The canonical forms the variant suite starts from: every registry name, 300 seeded phrases of the
 * visible text, and the text's words with okurigana between kanji (the phrases hold too few of them
 * to measure that rule).
 */
import { registries } from '../content.ts';
import { randomPhrases } from './quality.ts';
import { okuriganaWords } from './variants.ts';
import type { VisiblePage } from './visible-text.ts';

type Entry = { name?: string; title?: string };
const names = (['questions', 'signs', 'regions', 'people'] as const).flatMap((r) =>
  (registries[r].entries as unknown as Entry[]).map((e) => (e.name ?? e.title)!),
);

export const canonicalForms = (pages: VisiblePage[]): string[] => [
  ...names,
  ...randomPhrases(pages, 300, 29),
  ...okuriganaWords(pages),
];
