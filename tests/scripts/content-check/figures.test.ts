import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContentDir } from '../../../scripts/content-check/files.ts';
import { addFiguresChapter, FIGURES_BODY, FRONT_LINES } from '../../helpers/figures-chapter.ts';
import { tempCorpus } from '../../helpers/temp-corpus.ts';

async function problemsWith(body: string) {
  const dir = tempCorpus();
  addFiguresChapter(dir, body);
  return (await checkContentDir(dir)).problems;
}

/** The line of the file where `text` of the body is. */
const lineOf = (body: string, text: string) => FRONT_LINES + body.slice(0, body.indexOf(text)).split('\n').length;

describe('check:content over figures', () => {
  it('finds nothing wrong with numbered, captioned and sourced figures', async () => {
    expect(await problemsWith(FIGURES_BODY)).toEqual([]);
  });

  it('reports a figure without caption or source as file › line and field: fix', async () => {
    const body = FIGURES_BODY.replace(' source="テスト用の資料" sourceUrl', ' sourceUrl').replace(
      '<Figure caption="箇条書きの図" source="テスト用の資料">',
      '<Figure source="テスト用の資料">',
    );
    expect(await problemsWith(body)).toEqual([
      {
        file: expect.stringMatching(/editions\/2091\/tables\.mdx$/),
        field: `${lineOf(body, '<Figure caption="カンマ')}行目 Figure.source`,
        message: expect.stringContaining('source="…" に'),
      },
      {
        file: expect.stringMatching(/tables\.mdx$/),
        field: `${lineOf(body, '<Figure source="テスト用の資料">')}行目 Figure.caption`,
        message: expect.stringContaining('caption="…" に'),
      },
    ]);
  });

  it('reports a duplicate figure id, even on figures of different kinds', async () => {
    const body = FIGURES_BODY.replace('id="second-table"', 'id="hires"');
    expect(await problemsWith(body)).toEqual([
      {
        file: expect.stringMatching(/tables\.mdx$/),
        field: `${lineOf(body, '<Figure id="hires"')}行目 Figure.id`,
        message: expect.stringContaining(`id「hires」は ${lineOf(body, '<KeyFigure id="hires"')}行目の図表と重なって`),
      },
    ]);
  });

  it('reports a table without a header row', async () => {
    const body = FIGURES_BODY.replace('| 年 | 人数 |', '|  |  |');
    expect(await problemsWith(body)).toEqual([
      {
        file: expect.stringMatching(/tables\.mdx$/),
        field: `${lineOf(body, '<Figure id="second-table"')}行目 Figure.表の見出し行`,
        message: expect.stringContaining('見出し行'),
      },
    ]);
  });

  it('reports a bare table in a .md chapter, showing both ways to caption it', async () => {
    const dir = tempCorpus();
    const file = join(dir, 'editions/2091/plain.md');
    writeFileSync(
      file,
      '---\ntitle: 表\norder: 4\nkind: commentary\nsummary: 表。\nquestions: [fixture-question]\n---\n\n本文。\n\n| 年 | 人数 |\n| --- | --- |\n| 2021 | 38 |\n',
    );
    expect((await checkContentDir(dir)).problems).toEqual([
      {
        file: expect.stringMatching(/plain\.md$/),
        field: '11行目 表',
        message: expect.stringMatching(
          /「: 表の見出し」の段落と「出典: 資料名」の段落.*<Figure caption="表の見出し" source="出典">/,
        ),
      },
    ]);
  });

  it.each(['plain.md', 'plain.mdx'])(
    'accepts a table captioned in Markdown in %s, and asks for its source',
    async (name) => {
      const dir = tempCorpus();
      const file = join(dir, 'editions/2091', name);
      const front = '---\ntitle: 表\norder: 4\nkind: commentary\nsummary: 表。\nquestions: [fixture-question]\n---\n\n';
      const id = name.endsWith('.mdx') ? '\\{#tbl-members\\}' : '{#tbl-members}';
      const table = `| 年 | 人数 |\n| --- | --- |\n| 2021 | 38 |\n\n: 人数の推移 ${id}\n`;
      writeFileSync(file, `${front}${table}\n出典: [資料](https://example.test/a)\n`);
      expect((await checkContentDir(dir)).problems).toEqual([]);
      writeFileSync(file, `${front}${table}`);
      expect((await checkContentDir(dir)).problems).toEqual([
        {
          file: expect.stringMatching(new RegExp(`${name}$`)),
          field: '9行目 表の出典',
          message: expect.stringContaining('「出典: 資料名」の段落'),
        },
      ]);
    },
  );

  it('reports a chapter named like an edition list page', async () => {
    const dir = tempCorpus();
    renameSync(join(addFiguresChapter(dir)), join(dir, 'editions/2091/figures.mdx'));
    expect((await checkContentDir(dir)).problems).toEqual([
      {
        file: expect.stringMatching(/figures\.mdx$/),
        field: '(ファイル名)',
        message: expect.stringContaining('/2091/figures/ は版の図表一覧の URL です'),
      },
    ]);
  });
});
