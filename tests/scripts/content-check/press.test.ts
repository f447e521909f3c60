import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContentDir } from '../../../scripts/content-check/files.ts';
import { tempCorpus } from '../../helpers/temp-corpus.ts';

/** A release of the fixture corpus with one front-matter line replaced (or removed with ''). */
function release(replace: Record<string, string>): string {
  const fields: Record<string, string> = {
    title: 'title: テストのリリース',
    date: 'date: 2091-07-01',
    issuer: 'issuer: テスト機構',
    editions: 'editions: [2091]',
    regions: 'regions: [fixture-region]',
    source: 'source: https://example.test/press/x',
    summary: 'summary: テスト。',
    ...replace,
  };
  return `---\n${Object.values(fields).filter(Boolean).join('\n')}\n---\n\n本文。\n`;
}

/** check:content over the fixture corpus with one extra release. */
async function problemsWith(name: string, replace: Record<string, string>) {
  const dir = tempCorpus();
  writeFileSync(join(dir, 'press', name), release(replace));
  return (await checkContentDir(dir)).problems;
}

describe('check:content on press releases', () => {
  it('accepts a well-formed release', async () => {
    expect(await problemsWith('2091-07-01-ok.md', {})).toEqual([]);
  });

  it.each([
    ['a date that is not a calendar day', { date: 'date: 2091-13-01' }, 'date', /「2091-13-01」は日付として読めません/],
    ['a date without its day', { date: 'date: "2091-07"' }, 'date', /日まで書いてください/],
    ['a missing source', { source: '' }, 'source', /URL/],
    ['a source that is not a URL', { source: 'source: prtimes.jp/x' }, 'source', /https:\/\/ から始まる完全な URL/],
    ['an unknown edition', { editions: 'editions: [2093]' }, 'editions', /2093年版はありません。.*2091/],
    [
      'an unknown region id',
      { regions: 'regions: [fixture-regoin]' },
      'regions',
      /「fixture-regoin」は regions\.yaml にありません。「fixture-region」の書き間違いなら/,
    ],
  ])('rejects %s, naming the file and the field', async (_, replace, field, message) => {
    const problems = await problemsWith('2091-07-01-bad.md', replace);
    expect(problems).toEqual([
      { file: expect.stringMatching(/press\/2091-07-01-bad\.md$/), field, message: expect.stringMatching(message) },
    ]);
  });

  it('rejects a file name that is not date-slug', async () => {
    const problems = await problemsWith('launch.md', {});
    expect(problems).toEqual([
      {
        file: expect.stringMatching(/press\/launch\.md$/),
        field: '(ファイル名)',
        message: expect.stringContaining('2021-07-08-living-lab.mdx'),
      },
    ]);
  });
});
