import { describe, expect, it } from 'vitest';
import {
  buildIndex,
  chaptersByEdition,
  coOccurring,
  countsByEdition,
  creditsOf,
  orderRegistry,
  relatedInOtherEditions,
  unusedIds,
} from '../../src/lib/indexes.ts';
import { seeded } from '../helpers/real-titles.ts';

const chapter = (
  year: number,
  order: number,
  slug: string,
  questions: string[],
  signs: string[] = [],
  regions: string[] = [],
) => ({
  year,
  order,
  slug,
  questions,
  signs,
  regions,
});

// Deliberately out of reading order, as getCollection may return them.
const chapters = [
  chapter(2021, 2, 'c', ['q1'], ['s1'], ['r1']),
  chapter(2019, 2, 'b', ['q2', 'q1'], ['s1', 's2'], ['r1', 'r2']),
  chapter(2021, 1, 'a', ['q2'], ['s2'], ['r2']),
  chapter(2019, 1, 'x', ['q3'], [], ['r2']),
];
const questions = [
  { id: 'unused-b', title: 'い' },
  { id: 'q1', title: 'Q1' },
  { id: 'unused-a', title: 'あ' },
  { id: 'q2', title: 'Q2' },
  { id: 'q3', title: 'Q3' },
];
const byQuestion = (c: { questions: readonly string[] }) => c.questions;
const slugs = (list: { year: number; slug: string }[]) => list.map((c) => `${c.year}/${c.slug}`);

describe('orderRegistry', () => {
  it('orders by first appearance across editions, then the position in the chapter, then unused entries by title', () => {
    expect(orderRegistry(questions, chapters, byQuestion, (e) => e.title).map((e) => e.id)).toEqual([
      'q3',
      'q2',
      'q1',
      'unused-a',
      'unused-b',
    ]);
  });
  it('does not depend on the order of the registry or of the chapters', () => {
    const once = orderRegistry(questions, chapters, byQuestion, (e) => e.title);
    const again = orderRegistry([...questions].reverse(), [...chapters].reverse(), byQuestion, (e) => e.title);
    expect(again).toEqual(once);
  });
  it('breaks ties between unused entries with the same title by id', () => {
    const same = [
      { id: 'b', title: '同じ' },
      { id: 'a', title: '同じ' },
    ];
    expect(orderRegistry(same, [], byQuestion, (e) => e.title).map((e) => e.id)).toEqual(['a', 'b']);
  });
});

describe('chaptersByEdition', () => {
  it('groups the chapters that declare the id by edition, oldest first, each in reading order', () => {
    const groups = chaptersByEdition(chapters, 'q2', byQuestion);
    expect(groups.map((g) => [g.year, slugs(g.chapters)])).toEqual([
      [2019, ['2019/b']],
      [2021, ['2021/a']],
    ]);
  });
  it('orders within an edition by order, not by input position', () => {
    const groups = chaptersByEdition(chapters, 'r2', (c) => c.regions);
    expect(groups.map((g) => slugs(g.chapters))).toEqual([['2019/x', '2019/b'], ['2021/a']]);
  });
  it('gives no groups for an id no chapter declares', () => {
    expect(chaptersByEdition(chapters, 'unused-a', byQuestion)).toEqual([]);
  });
});

describe('countsByEdition', () => {
  it('counts chapters per edition, oldest first, with 0 for editions without any', () => {
    expect(countsByEdition(chapters, 'q1', byQuestion, [2021, 2020, 2019])).toEqual([
      { year: 2019, count: 1 },
      { year: 2020, count: 0 },
      { year: 2021, count: 1 },
    ]);
  });
});

describe('buildIndex', () => {
  it('gives every registry entry, used or not, with its chapters and total', () => {
    const index = buildIndex(questions, chapters, byQuestion, (e) => e.title);
    expect(index.map((e) => [e.entry.id, e.total, e.editions.length])).toEqual([
      ['q3', 1, 1],
      ['q2', 2, 2],
      ['q1', 2, 2],
      ['unused-a', 0, 0],
      ['unused-b', 0, 0],
    ]);
  });

  it('gives each entry what chaptersByEdition over all chapters gives, over seeded random editions', () => {
    const random = seeded(8);
    const ids = Array.from({ length: 40 }, (_, i) => ({ id: `q${i}`, title: `問い${i}` }));
    // Repeated ids in one chapter, and chapters out of reading order, as editors may write them.
    const corpus = Array.from({ length: 400 }, (_, i) =>
      chapter(
        2019 + Math.floor(random() * 4),
        1 + Math.floor(random() * 30),
        `c${i}`,
        Array.from({ length: Math.floor(random() * 4) }, () => `q${Math.floor(random() * 45)}`),
      ),
    );
    for (const { entry, editions, total } of buildIndex(ids, corpus, byQuestion, (e) => e.title)) {
      const expected = chaptersByEdition(corpus, entry.id, byQuestion);
      expect(editions, entry.id).toEqual(expected);
      expect(total).toBe(expected.reduce((n, e) => n + e.chapters.length, 0));
    }
  });
});

describe('unusedIds', () => {
  it('names the entries no chapter declares, in registry order', () => {
    expect(unusedIds(questions, chapters, byQuestion)).toEqual(['unused-b', 'unused-a']);
  });
});

describe('coOccurring', () => {
  it('counts chapters declaring both ids, most frequent first, ties by first appearance', () => {
    expect(coOccurring(chapters, 'q1', byQuestion, (c) => c.signs)).toEqual([
      { id: 's1', count: 2 },
      { id: 's2', count: 1 },
    ]);
    expect(coOccurring(chapters, 'q2', byQuestion, (c) => c.regions)).toEqual([
      { id: 'r2', count: 2 },
      { id: 'r1', count: 1 },
    ]);
  });
  it('leaves out the id itself and counts a chapter once even if it repeats an id', () => {
    const repeated = [chapter(2021, 1, 'a', ['q1', 'q2', 'q2'])];
    expect(coOccurring(repeated, 'q1', byQuestion, byQuestion)).toEqual([{ id: 'q2', count: 1 }]);
  });
});

describe('relatedInOtherEditions', () => {
  const shown = (editions: ReturnType<typeof relatedInOtherEditions>) =>
    editions.map((e) => [e.year, e.chapters.map((r) => r.chapter.slug), e.more]);

  it('lists chapters of other editions sharing a 問い or 兆し, with what they share', () => {
    const current = chapters[0]; // 2021/c: q1, s1
    const related = relatedInOtherEditions(chapters, current);
    expect(related.map((e) => e.chapters.map((r) => [r.chapter.slug, r.questions, r.signs]))).toEqual([
      [['b', ['q1'], ['s1']]],
    ]);
  });

  it('leaves out chapters of the same edition and chapters sharing nothing', () => {
    const current = chapter(2020, 1, 'z', ['q2'], ['s2']);
    expect(shown(relatedInOtherEditions(chapters, current))).toEqual([
      [2019, ['b'], 0],
      [2021, ['a'], 0],
    ]);
    expect(relatedInOtherEditions(chapters, chapter(2019, 9, 'y', ['q3']))).toEqual([]);
  });

  it('groups by edition, oldest first, the chapters sharing the most first, then reading order', () => {
    const current = chapter(2022, 1, 'now', ['q1', 'q2'], ['s1']);
    const others = [
      chapter(2021, 3, 'one-late', ['q1']),
      chapter(2021, 1, 'one-early', ['q2']),
      chapter(2021, 2, 'three', ['q1', 'q2'], ['s1']),
      chapter(2019, 5, 'two', ['q2'], ['s1']),
      chapter(2019, 4, 'none', ['q9']),
    ];
    expect(shown(relatedInOtherEditions([...others, current], current))).toEqual([
      [2019, ['two'], 0],
      [2021, ['three', 'one-early', 'one-late'], 0],
    ]);
  });

  it('finds what a walk over every chapter finds, over seeded random editions', () => {
    const random = seeded(21);
    const pick = (prefix: string, n: number) =>
      Array.from({ length: Math.floor(random() * 4) }, () => `${prefix}${Math.floor(random() * n)}`);
    const corpus = Array.from({ length: 300 }, (_, i) =>
      chapter(2019 + Math.floor(random() * 5), 1 + Math.floor(random() * 40), `c${i}`, pick('q', 30), pick('s', 20)),
    );
    for (const current of corpus.slice(0, 100)) {
      // The definition: every chapter of another edition sharing anything, with what it shares.
      const expected = corpus
        .filter((other) => other.year !== current.year)
        .map((other) => ({
          slug: other.slug,
          questions: other.questions.filter((id) => current.questions.includes(id)),
          signs: other.signs.filter((id) => current.signs.includes(id)),
        }))
        .filter((r) => r.questions.length + r.signs.length > 0);
      const found = relatedInOtherEditions(corpus, current, Infinity).flatMap((e) =>
        e.chapters.map((r) => ({ slug: r.chapter.slug, questions: r.questions, signs: r.signs })),
      );
      const bySlug = (a: { slug: string }, b: { slug: string }) => a.slug.localeCompare(b.slug);
      expect(found.toSorted(bySlug)).toEqual(expected.toSorted(bySlug));
    }
  });

  it('shows at most a few per edition and counts the rest', () => {
    const current = chapter(2022, 1, 'now', ['q1']);
    const many = Array.from({ length: 7 }, (_, i) => chapter(2020, 7 - i, `c${7 - i}`, ['q1']));
    expect(shown(relatedInOtherEditions([current, ...many], current))).toEqual([[2020, ['c1', 'c2', 'c3'], 4]]);
    expect(shown(relatedInOtherEditions([current, ...many], current, 5))).toEqual([
      [2020, ['c1', 'c2', 'c3', 'c4', 'c5'], 2],
    ]);
  });
});

describe('creditsOf', () => {
  it('gives the editions that credit a person, oldest first, with the role', () => {
    const editions = [
      { year: 2021, credits: [{ person: { id: 'p' }, role: '執筆' }] },
      {
        year: 2019,
        credits: [
          { person: { id: 'p' }, role: '企画' },
          { person: { id: 'o' }, role: '制作' },
        ],
      },
    ];
    expect(creditsOf(editions, 'p')).toEqual([
      { year: 2019, role: '企画' },
      { year: 2021, role: '執筆' },
    ]);
    expect(creditsOf(editions, 'nobody')).toEqual([]);
  });
});
