/** The social cards a build publishes: which images, and what each one shows. */
import type { CardInput } from './render-card.ts';
import { kindLabel, type ChapterKind } from '../lib/chapter-kind.ts';

export interface SocialCard {
  /** The image's path under /og/ without `.png`: `site`, `2021`, `2021/<slug>`. */
  key: string;
  input: CardInput;
}

/**
 * One card for the site, one per edition and one per chapter, in that order. `editions` newest
 * first (the site's card takes the newest edition's colour); every chapter's edition among them.
 */
export function socialCards(
  editions: readonly { year: number; title: string; accent: string }[],
  chapters: readonly { year: number; slug: string; title: string; kind: ChapterKind }[],
): SocialCard[] {
  const accentOf = new Map(editions.map((e) => [e.year, e.accent]));
  return [
    {
      key: 'site',
      input: {
        title: 'ローカルキャリア白書',
        kicker: '地域・人材共創機構（CAREER FOR）',
        accent: editions[0]?.accent ?? '#3d3a35',
      },
    },
    ...editions.map((e) => ({
      key: String(e.year),
      input: { title: e.title, kicker: `${e.year}年版`, accent: e.accent },
    })),
    ...chapters.map((c) => {
      const accent = accentOf.get(c.year);
      if (!accent) throw new Error(`${c.year}/${c.slug}: 版 ${c.year} が editions にありません。`);
      return {
        key: `${c.year}/${c.slug}`,
        input: { title: c.title, kicker: `${c.year}年版・${kindLabel(c.kind)}`, accent },
      };
    }),
  ];
}
