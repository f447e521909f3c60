import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContentDir } from '../../../scripts/content-check/files.ts';
import { FIXTURE_CORPUS, edit, tempCorpus } from '../../helpers/temp-corpus.ts';

/** The problems `npm run check:content` finds in a copy of the fixture corpus after `breakIt`. */
async function problemsAfter(breakIt: (dir: string) => void) {
  const dir = tempCorpus();
  breakIt(dir);
  return (await checkContentDir(dir)).problems;
}

describe('check:content over fixture corpora', () => {
  it('finds nothing wrong in the fixture corpus', async () => {
    expect((await checkContentDir(FIXTURE_CORPUS)).problems).toEqual([]);
  });

  it('reports an unknown id with the likely fix', async () => {
    const problems = await problemsAfter((dir) =>
      edit(dir, 'editions/2091/opening.md', 'regions: [fixture-region]', 'regions: [fixture-regoin]'),
    );
    expect(problems).toEqual([
      {
        file: expect.stringMatching(/editions\/2091\/opening\.md$/),
        field: 'regions',
        message: expect.stringMatching(
          /「fixture-regoin」は regions\.yaml にありません。「fixture-region」の書き間違いなら/,
        ),
      },
    ]);
  });

  it('reports a duplicate order, naming both chapters', async () => {
    const problems = await problemsAfter((dir) => edit(dir, 'editions/2091/unfinished.md', 'order: 2', 'order: 1'));
    expect(problems).toEqual([
      {
        file: expect.stringMatching(/unfinished\.md$/),
        field: 'order',
        message: expect.stringContaining('opening.md'),
      },
    ]);
  });

  it('reports a duplicate registry id', async () => {
    const problems = await problemsAfter((dir) =>
      writeFileSync(
        join(dir, 'signs.yaml'),
        '- id: fixture-sign\n  title: a\n  description: b\n- id: fixture-sign\n  title: c\n  description: d\n',
      ),
    );
    expect(problems).toEqual([
      {
        file: expect.stringMatching(/signs\.yaml$/),
        field: 'id: fixture-sign',
        message: expect.stringContaining('2回'),
      },
    ]);
  });

  it('reports a missing field and a field of the wrong type, saying what to write', async () => {
    const problems = await problemsAfter((dir) => {
      edit(dir, 'editions/2091/opening.md', /^summary: .*\n/m, '');
      edit(dir, 'editions/2091/unfinished.md', 'order: 2', 'order: 二');
    });
    expect(problems).toEqual([
      {
        file: expect.stringMatching(/opening\.md$/),
        field: 'summary',
        message: expect.stringContaining('必須です。章の要約'),
      },
      {
        file: expect.stringMatching(/unfinished\.md$/),
        field: 'order',
        message: expect.stringContaining('整数で書いてください'),
      },
    ]);
  });

  it('reports a digest without its source', async () => {
    const problems = await problemsAfter((dir) =>
      edit(dir, 'editions/2091/opening.md', 'kind: commentary', 'kind: digest'),
    );
    expect(problems).toEqual([
      {
        file: expect.stringMatching(/opening\.md$/),
        field: 'source',
        message: expect.stringContaining('source: https://'),
      },
    ]);
  });

  it('reports an edition folder without index.mdx on each of its chapters', async () => {
    const problems = await problemsAfter((dir) =>
      renameSync(join(dir, 'editions/2092/index.md'), join(dir, 'editions/2092/about.txt')),
    );
    expect(problems).toEqual([
      {
        file: expect.stringMatching(/2092\/first\.md$/),
        field: '(版)',
        message: expect.stringContaining('npm run new:edition -- 2092'),
      },
      // The draft press release names the edition that is no longer there.
      {
        file: expect.stringMatching(/2092-06-10-preview\.md$/),
        field: 'editions',
        message: expect.stringContaining('2092年版はありません'),
      },
    ]);
  });

  it.each([
    ['a stray {', '年収は{地域によって異なる。', /\\\{/],
    ['a stray <', '比率は<3割だった。', /\\</],
  ])(
    'reports an MDX syntax error from %s in prose with the file, the line and how to escape it',
    async (_, prose, escape) => {
      const problems = await problemsAfter((dir) => {
        mkdirSync(join(dir, 'editions/2091'), { recursive: true });
        writeFileSync(
          join(dir, 'editions/2091/typo.mdx'),
          `---\ntitle: 誤記\norder: 9\nkind: commentary\nsummary: 誤記の例。\nquestions: [fixture-question]\n---\n\n一段落目。\n\n${prose}\n`,
        );
      });
      expect(problems).toEqual([
        { file: expect.stringMatching(/typo\.mdx$/), field: '11行目', message: expect.stringMatching(escape) },
      ]);
      expect(problems[0].message).toContain('.md に変えれば');
    },
  );

  it('reports what would stop the page at render time: a name in braces, a misspelled component, a wrong prop', async () => {
    const problems = await problemsAfter((dir) =>
      writeFileSync(
        join(dir, 'editions/2091/render.mdx'),
        '---\ntitle: 表示\norder: 9\nkind: commentary\nsummary: 例。\nsigns: [fixture-sign]\n---\n\n' +
          '比率は{約三割}。\n\n<Figuer caption="図" />\n\n<KeyFigure value="3" unit="%" label="割合" sorce="調査" />\n',
      ),
    );
    const at = (field: string, message: string) => ({
      file: expect.stringMatching(/editions\/2091\/render\.mdx$/),
      field,
      message: expect.stringContaining(message),
    });
    expect(problems).toEqual([
      at('9行目', '{約三割} は MDX では式として読まれますが、「約三割」は何も指していない'),
      at('11行目', '<Figuer> というコンポーネントはありません。「Figure」の書き間違いなら'),
      at('13行目 KeyFigure.sorce', '<KeyFigure> に sorce という属性はありません。「source」の書き間違いなら'),
      // The figure check's message for the missing source replaces the component's generic one.
      at('13行目 KeyFigure.source', '出典がありません。'),
    ]);
  });

  it('prints every problem at once with the time taken, and exits 1', async () => {
    const dir = tempCorpus();
    edit(dir, 'editions/2091/opening.md', 'regions: [fixture-region]', 'regions: [nowhere]');
    edit(dir, 'editions/2091/unfinished.md', 'order: 2', 'order: 1');
    edit(dir, 'editions/2092/first.md', 'kind: commentary', 'kind: essay');
    const run = spawnSync(process.execPath, ['scripts/content-check/cli.ts', dir], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('内容に 3 件の問題があります');
    for (const where of ['opening.md › regions', 'unfinished.md › order', 'first.md › kind'])
      expect(run.stderr).toContain(where);
    expect(run.stderr).toMatch(/\d+ ms で .*content\/ 全体を調べました/);
    const clean = spawnSync(process.execPath, ['scripts/content-check/cli.ts', FIXTURE_CORPUS], { encoding: 'utf8' });
    expect(clean.status).toBe(0);
    expect(clean.stdout).toMatch(/誤りはありません（版 2、章 3、プレスリリース 2、登録項目 4; \d+ ms）/);
  }, 30_000); // child processes: slow on a busy machine
});

describe('check:content: ruby notation', () => {
  it('reports a reading left empty and an unclosed ｜, with file and line', async () => {
    const problems = await problemsAfter((dir) =>
      edit(
        dir,
        'editions/2091/opening.md',
        '公開済みの章の本文。',
        '都落ち《》の本文。\n\n｜地域おこし協力隊は閉じない。',
      ),
    );
    expect(problems).toEqual([
      {
        file: expect.stringMatching(/opening\.md$/),
        field: '12行目',
        message: expect.stringContaining('《》 の中に読みがありません'),
      },
      {
        file: expect.stringMatching(/opening\.md$/),
        field: '14行目',
        message: expect.stringContaining('｜ の後に《読み》がありません'),
      },
    ]);
  });

  it('accepts well-formed ruby', async () => {
    const problems = await problemsAfter((dir) =>
      edit(
        dir,
        'editions/2091/opening.md',
        '公開済みの章の本文。',
        '都落ち《みやこおち》と｜地域おこし協力隊《ちいきおこしきょうりょくたい》。',
      ),
    );
    expect(problems).toEqual([]);
  });
});
