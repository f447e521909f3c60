import { describe, expect, it } from 'vitest';
import { pressSchema } from '../../src/schemas/press.ts';

const valid = {
  title: 'リリース',
  date: new Date('2021-07-08T00:00:00Z'),
  issuer: 'パーソルキャリア株式会社',
  editions: [2021],
  regions: ['nanao'],
  source: 'https://prtimes.jp/main/html/rd/p/000000465.000022215.html',
  summary: '要約。',
};

function firstIssue(data: unknown) {
  const result = pressSchema.safeParse(data);
  expect(result.success).toBe(false);
  return result.error!.issues[0];
}

describe('pressSchema', () => {
  it('accepts a release and normalises its date', () => {
    const data = pressSchema.parse(valid);
    expect(data.date).toBe('2021-07-08');
    expect(data.date_estimated).toBe(false);
  });
  it('rejects a bad date, naming the field', () => {
    expect(firstIssue({ ...valid, date: '2021-13-01' })).toMatchObject({ path: ['date'] });
  });
  it('needs the day of the release', () => {
    expect(firstIssue({ ...valid, date: '2021-07' })).toMatchObject({
      path: ['date'],
      message: expect.stringContaining('日まで'),
    });
  });
  it('rejects a missing source', () => {
    const { source: _, ...rest } = valid;
    expect(firstIssue(rest)).toMatchObject({ path: ['source'], message: expect.stringContaining('URL') });
  });
  it('rejects an edition given as text', () => {
    expect(firstIssue({ ...valid, editions: ['2021年版'] })).toMatchObject({ path: ['editions', 0] });
  });
});
