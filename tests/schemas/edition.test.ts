import { describe, expect, it } from 'vitest';
import { editionSchema } from '../../src/schemas/edition.ts';

const valid = {
  title: 'ローカルキャリア白書2021―未来の働き方はここにある―',
  published: new Date('2021-06-10T00:00:00Z'),
  status: 'published',
  format: 'note マガジン',
  summary: '第3版。',
  sources: [{ label: 'note マガジン', url: 'https://note.com/careerfor/m/m1fd515bebb92' }],
};

function fields(data: unknown): string[] {
  const result = editionSchema.safeParse(data);
  expect(result.success).toBe(false);
  return result.error!.issues.map((i) => i.path.join('.'));
}

describe('editionSchema', () => {
  it('normalises a YAML date to its ISO day', () => {
    expect(editionSchema.parse(valid).published).toBe('2021-06-10');
  });

  it('accepts a month or a year when the day is unknown', () => {
    expect(editionSchema.parse({ ...valid, published: '2019-05' }).published).toBe('2019-05');
    expect(editionSchema.parse({ ...valid, published: 2020 }).published).toBe('2020');
  });

  it('rejects a date that does not exist, naming the field', () => {
    const result = editionSchema.safeParse({ ...valid, published: '2021-02-30' });
    expect(result.error?.issues[0]).toMatchObject({
      path: ['published'],
      message: expect.stringContaining('2021-02-30'),
    });
  });

  it('rejects an unknown status', () => {
    expect(fields({ ...valid, status: 'public' })).toEqual(['status']);
  });

  it('requires at least one source link, each with a real URL', () => {
    expect(fields({ ...valid, sources: [] })).toEqual(['sources']);
    expect(fields({ ...valid, sources: [{ label: 'x', url: 'note' }] })).toEqual(['sources.0.url']);
  });

  it('rejects missing required fields, one issue per field', () => {
    expect(fields({ status: 'draft' }).sort()).toEqual(['format', 'published', 'sources', 'summary', 'title']);
  });

  it('rejects an accent that is not a colour code', () => {
    expect(fields({ ...valid, accent: 'green' })).toEqual(['accent']);
  });
});
