import { describe, expect, it } from 'vitest';
import { personSchema } from '../../src/schemas/person.ts';
import { regionSchema } from '../../src/schemas/region.ts';
import { topicSchema } from '../../src/schemas/topic.ts';

describe('topicSchema (問い・兆し)', () => {
  it('accepts an entry and defaults aliases to none', () => {
    expect(topicSchema.parse({ id: 'remote-pro-bono', title: '遠隔プロボノ', description: '説明。' }).aliases).toEqual(
      [],
    );
  });
  it('rejects a Japanese id, saying which characters are allowed', () => {
    const result = topicSchema.safeParse({ id: '遠隔', title: 't', description: 'd' });
    expect(result.error?.issues[0]).toMatchObject({ path: ['id'], message: expect.stringContaining('半角英小文字') });
  });
  it('rejects a missing description', () => {
    const result = topicSchema.safeParse({ id: 'a', title: 't' });
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['description']);
  });
});

describe('regionSchema', () => {
  it('requires name, prefecture and description', () => {
    const result = regionSchema.safeParse({ id: 'unnan' });
    expect(result.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['description', 'name', 'prefecture']);
  });
  it('rejects partners that are not a list of names', () => {
    const result = regionSchema.safeParse({
      id: 'unnan',
      name: '雲南市',
      prefecture: '島根県',
      description: 'd',
      partners: 'おっちラボ',
    });
    expect(result.error?.issues[0].path).toEqual(['partners']);
  });
});

describe('personSchema', () => {
  it('needs only id and name', () => {
    expect(personSchema.safeParse({ id: 'ishii-shigenari', name: '石井重成' }).success).toBe(true);
  });
});
