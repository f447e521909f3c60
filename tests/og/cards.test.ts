import { describe, expect, it } from 'vitest';
import { socialCards } from '../../src/og/cards.ts';

const editions = [
  { year: 2021, title: '白書2021', accent: '#2f6b3a' },
  { year: 2019, title: '白書2019', accent: '#9a3b26' },
];
const chapters = [
  { year: 2019, slug: 'intro', title: 'はじめに', kind: 'commentary' as const },
  { year: 2021, slug: 'right-hand', title: '右腕という働き方', kind: 'digest' as const },
];

describe('socialCards', () => {
  it('gives the site, each edition and each chapter a card, in that order', () => {
    expect(socialCards(editions, chapters).map((c) => c.key)).toEqual([
      'site',
      '2021',
      '2019',
      '2019/intro',
      '2021/right-hand',
    ]);
  });

  it("draws a chapter in its edition's colour, under its edition and kind", () => {
    const card = socialCards(editions, chapters).find((c) => c.key === '2021/right-hand')!;
    expect(card.input).toEqual({ title: '右腕という働き方', kicker: '2021年版・要約', accent: '#2f6b3a' });
  });

  it("gives the site's card the newest edition's colour, and a neutral one when there is no edition", () => {
    expect(socialCards(editions, []).find((c) => c.key === 'site')!.input.accent).toBe('#2f6b3a');
    expect(socialCards([], [])).toEqual([
      {
        key: 'site',
        input: { title: 'ローカルキャリア白書', kicker: '地域・人材共創機構（CAREER FOR）', accent: '#3d3a35' },
      },
    ]);
  });

  it('names the chapter whose edition is missing', () => {
    expect(() => socialCards(editions.slice(1), chapters)).toThrow(/2021\/right-hand/);
  });
});
