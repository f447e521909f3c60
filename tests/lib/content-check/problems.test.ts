import { describe, expect, it } from 'vitest';
import {
  closestId,
  findContentProblems,
  formatProblems,
  isError,
  type ContentInput,
} from '../../../src/lib/content-check/problems.ts';

function input(overrides: Partial<ContentInput> = {}): ContentInput {
  const chapter = {
    year: 2021,
    slug: 'intro',
    file: 'content/editions/2021/intro.mdx',
    order: 1,
    questions: ['q1'],
    signs: [],
    regions: ['kamaishi'],
    authors: [],
  };
  return {
    editions: [{ year: 2021, file: 'content/editions/2021/index.mdx' }],
    chapters: [chapter],
    questions: { file: 'content/questions.yaml', entries: [{ id: 'q1' }] },
    signs: { file: 'content/signs.yaml', entries: [{ id: 's1' }] },
    regions: { file: 'content/regions.yaml', entries: [{ id: 'kamaishi' }, { id: 'unnan' }] },
    people: { file: 'content/people.yaml', entries: [{ id: 'tanaka-isao' }] },
    ...overrides,
  };
}

describe('findContentProblems', () => {
  it('finds nothing in consistent content', () => {
    expect(findContentProblems(input())).toEqual([]);
  });

  it('reports an unknown region id with the file, the field and the likely fix', () => {
    const base = input();
    const problems = findContentProblems(input({ chapters: [{ ...base.chapters[0], regions: ['kamaishii'] }] }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/editions/2021/intro.mdx', field: 'regions' });
    expect(problems[0].message).toContain('「kamaishi」の書き間違い');
    expect(problems[0].message).toContain('content/regions.yaml');
  });

  it('checks questions, signs, authors and people ids too', () => {
    const base = input();
    const problems = findContentProblems(
      input({
        chapters: [{ ...base.chapters[0], questions: ['nope'], signs: ['nope'], authors: ['nope'], people: ['nope'] }],
      }),
    );
    expect(problems.map((p) => p.field)).toEqual(['questions', 'signs', 'authors', 'people']);
  });

  it('reports a duplicate order in one edition, naming the other file', () => {
    const base = input();
    const twin = { ...base.chapters[0], slug: 'twin', file: 'content/editions/2021/twin.mdx' };
    const problems = findContentProblems(input({ chapters: [base.chapters[0], twin] }));
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/editions/2021/twin.mdx',
        field: 'order',
        message: expect.stringContaining('intro.mdx'),
      }),
    ]);
  });

  it('allows the same order in different editions', () => {
    const base = input();
    const other = { ...base.chapters[0], year: 2020, file: 'content/editions/2020/intro.mdx' };
    const problems = findContentProblems(
      input({
        editions: [...base.editions, { year: 2020, file: 'content/editions/2020/index.mdx' }],
        chapters: [base.chapters[0], other],
      }),
    );
    expect(problems).toEqual([]);
  });

  it('reports a duplicate registry id', () => {
    const problems = findContentProblems(
      input({ questions: { file: 'content/questions.yaml', entries: [{ id: 'q1' }, { id: 'q1' }] } }),
    );
    expect(problems).toEqual([expect.objectContaining({ file: 'content/questions.yaml', field: 'id: q1' })]);
  });

  it('reports an alias that collides with a live id, or with another alias', () => {
    const problems = findContentProblems(
      input({
        regions: {
          file: 'content/regions.yaml',
          entries: [
            { id: 'kamaishi', aliases: ['unnan', 'old'] },
            { id: 'unnan', aliases: ['old'] },
          ],
        },
      }),
    );
    expect(problems.map((p) => p.field)).toEqual(['kamaishi.aliases', 'unnan.aliases']);
    expect(problems[0].message).toContain('現役の id');
  });

  it('reports a chapter whose edition folder has no index.mdx', () => {
    const problems = findContentProblems(input({ editions: [] }));
    expect(problems).toEqual([
      expect.objectContaining({ message: expect.stringContaining('content/editions/2021/index.mdx がありません') }),
    ]);
  });

  it('reports a file name that cannot be a URL', () => {
    const base = input();
    const problems = findContentProblems(input({ chapters: [{ ...base.chapters[0], slug: 'はじめに' }] }));
    expect(problems[0].field).toBe('(ファイル名)');
  });

  it('checks press releases against editions and registries', () => {
    const problems = findContentProblems(
      input({ press: [{ file: 'content/press/2021-07-08-x.mdx', editions: [2030], regions: ['nowhere'] }] }),
    );
    expect(problems.map((p) => p.field)).toEqual(['editions', 'regions']);
  });

  it('requires a 問い or a 兆し of a published chapter, and only warns while the chapter or its edition is a draft', () => {
    const base = input();
    const bare = { ...base.chapters[0], questions: [], signs: [] };
    const published = findContentProblems(input({ chapters: [bare] }));
    expect(published).toEqual([
      { file: bare.file, field: 'questions', message: expect.stringContaining('signs（兆し）') },
    ]);
    for (const draft of [
      input({ chapters: [{ ...bare, draft: true }] }),
      input({ chapters: [bare], editions: [{ ...base.editions[0], draft: true }] }),
    ]) {
      const problems = findContentProblems(draft);
      expect(problems).toEqual([expect.objectContaining({ field: 'questions', severity: 'warning' })]);
      expect(problems.filter(isError)).toEqual([]);
    }
  });

  it('checks credited people', () => {
    const problems = findContentProblems(
      input({ credits: [{ file: 'content/editions/2021/index.mdx', person: 'nobody' }] }),
    );
    expect(problems[0].field).toBe('credits.person');
  });
});

describe('closestId', () => {
  it('suggests a near id and nothing for a far one', () => {
    expect(closestId('shiojri', ['shiojiri', 'unnan'])).toBe('shiojiri');
    expect(closestId('tokyo', ['shiojiri', 'unnan'])).toBeUndefined();
  });
});

describe('formatProblems', () => {
  it('lists every problem as file › field: message', () => {
    const text = formatProblems([{ file: 'a.mdx', field: 'order', message: '直してください' }]);
    expect(text).toContain('1 件');
    expect(text).toContain('a.mdx › order: 直してください');
  });

  it('lists warnings after the errors, under their own heading', () => {
    const text = formatProblems([
      { file: 'b.mdx', field: '3行目 title', message: '書いてください', severity: 'warning' },
      { file: 'a.mdx', field: 'order', message: '直してください' },
    ]);
    expect(text.split('\n')).toEqual([
      '内容に 1 件の問題があります:',
      '  a.mdx › order: 直してください',
      '下書きに 1 件の書き残しがあります（警告。公開する前に直してください）:',
      '  b.mdx › 3行目 title: 書いてください',
    ]);
  });
});
