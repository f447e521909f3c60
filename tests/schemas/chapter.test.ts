import { describe, expect, it } from 'vitest';
import { chapterSchema } from '../../src/schemas/chapter.ts';

const valid = {
  title: '新卒で地域中小企業経営者の右腕というキャリアについて',
  order: 3,
  kind: 'digest',
  summary: '要約の文。',
  questions: [],
  signs: ['right-hand-graduates'],
  regions: ['gifu'],
  authors: ['tanaka-isao'],
  source: 'https://note.com/careerfor/n/n3f387b838eab',
};

/** The issues of a failed parse as `field: message`. */
function issues(data: unknown): string[] {
  const result = chapterSchema.safeParse(data);
  expect(result.success).toBe(false);
  return result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('chapterSchema', () => {
  it('accepts a complete digest and fills defaults', () => {
    const data = chapterSchema.parse(valid);
    expect(data.draft).toBe(false);
    expect(data.people).toEqual([]);
  });

  it('rejects a missing title, naming the field and what to write', () => {
    const { title: _, ...rest } = valid;
    expect(issues(rest)).toEqual([expect.stringMatching(/^title: 必須です。章の題名/)]);
  });

  it('rejects an order that is not a whole number', () => {
    expect(issues({ ...valid, order: '三' })).toEqual([expect.stringMatching(/^order: .*整数/)]);
    expect(issues({ ...valid, order: 1.5 })).toEqual([expect.stringMatching(/^order: /)]);
  });

  it('rejects an unknown kind, listing the allowed ones', () => {
    expect(issues({ ...valid, kind: 'summary' })).toEqual([expect.stringMatching(/^kind: .*digest.*commentary/)]);
  });

  it('rejects a digest without source, saying to add it or switch to commentary', () => {
    const { source: _, ...rest } = valid;
    expect(issues(rest)).toEqual([expect.stringMatching(/^source: .*kind: commentary/)]);
  });

  it('accepts a commentary without source', () => {
    const { source: _, ...rest } = valid;
    expect(chapterSchema.safeParse({ ...rest, kind: 'commentary' }).success).toBe(true);
  });

  it('leaves a chapter with neither questions nor signs to the content check, which knows if it is a draft', () => {
    expect(chapterSchema.safeParse({ ...valid, signs: [] }).success).toBe(true);
  });

  it('rejects ids that are not ASCII kebab-case', () => {
    expect(issues({ ...valid, regions: ['岐阜'] })).toEqual([
      expect.stringMatching(/^regions\.0: 「岐阜」は id に使えません/),
    ]);
  });

  it('rejects a source that is not a URL', () => {
    expect(issues({ ...valid, source: 'note の記事' })).toEqual([expect.stringMatching(/^source: .*URL/)]);
  });

  it('rejects a wrong type for the id lists', () => {
    expect(issues({ ...valid, authors: 'tanaka-isao' })).toEqual([expect.stringMatching(/^authors: .*リスト/)]);
  });
});
