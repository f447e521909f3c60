import { describe, expect, it } from 'vitest';
import { groupByTopic, neighbours, sortChapters } from '../../src/lib/chapters.ts';
import { seeded } from '../helpers/real-titles.ts';

const chapter = (year: number, order: number, slug: string, questions: string[] = []) => ({
  year,
  order,
  slug,
  questions,
});

const chapters = [
  chapter(2021, 2, 'b', ['q2']),
  chapter(2019, 1, 'x', ['q1']),
  chapter(2021, 1, 'a', ['q1', 'q2']),
  chapter(2021, 3, 'c'),
];

describe('sortChapters', () => {
  it('orders by edition, oldest first, then by order', () => {
    expect(sortChapters(chapters).map((c) => `${c.year}/${c.slug}`)).toEqual(['2019/x', '2021/a', '2021/b', '2021/c']);
  });
  it('does not change the array it is given', () => {
    const copy = [...chapters];
    sortChapters(chapters);
    expect(chapters).toEqual(copy);
  });
});

describe('neighbours', () => {
  it('finds the previous and next chapter within the same edition only', () => {
    const { prev, next } = neighbours(chapters, 2021, 'a');
    expect(prev).toBeUndefined();
    expect(next?.slug).toBe('b');
  });
  it('has no next chapter at the end of an edition', () => {
    expect(neighbours(chapters, 2021, 'c').next).toBeUndefined();
    expect(neighbours(chapters, 2021, 'c').prev?.slug).toBe('b');
  });
  it('gives nothing for an unknown chapter', () => {
    expect(neighbours(chapters, 2021, 'zzz')).toEqual({});
  });
  it('gives the chapters before and after in the edition sorted on its own, over seeded random editions', () => {
    const random = seeded(9);
    const corpus = Array.from({ length: 300 }, (_, i) =>
      chapter(2019 + Math.floor(random() * 4), 1 + Math.floor(random() * 50), `c${i}`),
    );
    for (const current of corpus) {
      const edition = sortChapters(corpus.filter((c) => c.year === current.year));
      const at = edition.indexOf(current);
      expect(neighbours(corpus, current.year, current.slug)).toEqual({ prev: edition[at - 1], next: edition[at + 1] });
    }
  });
});

describe('groupByTopic', () => {
  const registry = [{ id: 'q2' }, { id: 'q1' }, { id: 'unused' }];
  const groups = groupByTopic(
    chapters.filter((c) => c.year === 2021),
    registry,
    (c) => c.questions,
  );

  it('orders groups by their first chapter, then by the order the chapter lists them, and leaves out unused entries', () => {
    expect(groups.map((g) => g.topic?.id)).toEqual(['q1', 'q2', undefined]);
  });
  it('lists a chapter under every topic it names, in reading order', () => {
    expect(groups[0].chapters.map((c) => c.slug)).toEqual(['a']);
    expect(groups[1].chapters.map((c) => c.slug)).toEqual(['a', 'b']);
  });
  it('puts a topic first named by a later chapter after those of earlier chapters', () => {
    const later = groupByTopic(
      [chapter(2021, 1, 'a', ['q2']), chapter(2021, 2, 'b', ['q1'])],
      registry,
      (c) => c.questions,
    );
    expect(later.map((g) => g.topic?.id)).toEqual(['q2', 'q1']);
  });
  it('puts chapters that name no topic in a last group of their own', () => {
    expect(groups[2].chapters.map((c) => c.slug)).toEqual(['c']);
  });
});
