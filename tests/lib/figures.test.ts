import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import {
  describeFigures,
  findFigures,
  keyFigureData,
  keyFigureJson,
  keyFigureRows,
  toCsv,
} from '../../src/lib/figures.ts';

const parse = (mdx: string) => unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(mdx) as Root;
const describeMdx = (mdx: string, chapter: number | undefined = 2) => describeFigures(findFigures(parse(mdx)), chapter);
const table = '| 年 | 人数 |\n| --- | --- |\n| 2021 | 38 |';

describe('describeFigures: problems an editor must fix, with the line', () => {
  it('finds nothing wrong with a captioned, sourced figure', () => {
    expect(describeMdx(`<Figure caption="表" source="資料">\n\n${table}\n\n</Figure>`).problems).toEqual([]);
  });

  it.each([
    [
      'a Figure without caption',
      `<Figure source="資料">\n\n${table}\n\n</Figure>`,
      '1行目 Figure.caption',
      'caption="…"',
    ],
    ['a Figure without source', `<Figure caption="表">\n\n${table}\n\n</Figure>`, '1行目 Figure.source', 'source="…"'],
    [
      'a KeyFigure without label',
      '<KeyFigure value="3" unit="人" source="資料" />',
      '1行目 KeyFigure.label',
      'label="…"',
    ],
    [
      'a KeyFigure without value',
      '<KeyFigure label="数" unit="人" source="資料" />',
      '1行目 KeyFigure.value',
      'value="…"',
    ],
    ['a table outside a Figure', `本文。\n\n${table}`, '3行目 表', '<Figure caption="表の見出し" source="出典">'],
    [
      'a table with an empty header row',
      '<Figure caption="表" source="資料">\n\n|  |  |\n| --- | --- |\n| 2021 | 38 |\n\n</Figure>',
      '1行目 Figure.表の見出し行',
      '1行目（見出し行）が空です',
    ],
    [
      'two tables in one Figure',
      `<Figure caption="表" source="資料">\n\n${table}\n\n${table}\n\n</Figure>`,
      '1行目 Figure',
      '表ごとに <Figure> を分けて',
    ],
    [
      'an id that is not ASCII',
      `<Figure id="表1" caption="表" source="資料">\n\n${table}\n\n</Figure>`,
      '1行目 Figure.id',
      '半角英小文字',
    ],
    [
      'an asOf that is not a date',
      '<KeyFigure value="3" unit="人" label="数" source="資料" asOf="2021年4月" />',
      '1行目 KeyFigure.asOf',
      '2021-04',
    ],
  ])('reports %s', (_, mdx, field, fix) => {
    expect(describeMdx(mdx).problems).toEqual([
      expect.objectContaining({ field, message: expect.stringContaining(fix) }),
    ]);
  });

  it('reports a duplicate id on the second figure, naming the line of the first', () => {
    const mdx = `<Figure id="hires" caption="a" source="s">\n\n${table}\n\n</Figure>\n\n<Figure id="hires" caption="b" source="s">\n\n${table}\n\n</Figure>`;
    expect(describeMdx(mdx).problems).toEqual([
      {
        line: 9,
        field: '9行目 Figure.id',
        message: expect.stringMatching(/id「hires」は 1行目の図表と重なっています/),
      },
    ]);
  });

  it('reports an id that makes the anchor another figure already has', () => {
    const mdx = `<Figure caption="a" source="s">\n\n${table}\n\n</Figure>\n\n<Figure id="1" caption="b" source="s">\n\n${table}\n\n</Figure>`;
    expect(describeMdx(mdx).problems).toEqual([expect.objectContaining({ field: '9行目 Figure.id' })]);
  });

  it('counts 図 and 表 apart, and gives an edition page (no chapter number) 序', () => {
    const mdx = `<KeyFigure value="1" unit="本" label="a" source="s" />\n\n<Figure caption="b" source="s">\n\n${table}\n\n</Figure>\n\n<KeyFigure value="2" unit="本" label="c" source="s" />`;
    expect(describeMdx(mdx).figures.map((f) => f.number)).toEqual(['図2-1', '表2-1', '図2-2']);
    expect(describeFigures(findFigures(parse(mdx)), undefined).figures.map((f) => f.number)).toEqual([
      '図序-1',
      '表序-1',
      '図序-2',
    ]);
  });
});

/** A strict RFC 4180 reader, to read back what toCsv wrote. */
function readCsv(text: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 1;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (text[i] === '"' && text[i + 1] === '"') [field, i] = [field + '"', i + 2];
        else if (text[i] === '"') break;
        else [field, i] = [field + text[i], i + 1];
      }
      i++;
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r') [field, i] = [field + text[i], i + 1];
    }
    row.push(field);
    if (text[i] === ',') i++;
    else {
      expect(text.slice(i, i + 2)).toBe('\r\n');
      rows.push(row);
      row = [];
      i += 2;
    }
  }
  return rows;
}

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('toCsv', () => {
  it('writes a BOM, quotes only fields that need it, and ends every record with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b,c'],
        ['"引用"', '全角，カンマ'],
        ['1行\n2行', ''],
      ]),
    ).toBe('\uFEFFa,"b,c"\r\n"""引用""",全角，カンマ\r\n"1行\n2行",\r\n');
  });

  it('round-trips 500 seeded random tables of commas, quotes, line breaks and full-width text', () => {
    const next = random(15);
    const alphabet = ['a', '地', '域', '，', ',', '"', '＂', '\n', '\r\n', ' ', '　', '「', '」', '1', '１', '%'];
    for (let n = 0; n < 500; n++) {
      const rows = Array.from({ length: 1 + Math.floor(next() * 4) }, () =>
        Array.from({ length: 1 + Math.floor(next() * 4) }, () =>
          Array.from({ length: Math.floor(next() * 6) }, () => alphabet[Math.floor(next() * alphabet.length)]).join(''),
        ),
      );
      expect(readCsv(toCsv(rows))).toEqual(rows);
    }
  });
});

describe('key figures as data', () => {
  const figure = keyFigureData(
    { number: '図3-1', value: '31.5', unit: '%', caption: '割合', asOf: '未確認', source: '内閣府の調査' },
    { page: '第3章', url: 'https://example.test/2021/a/#figure-1' },
  );

  it('as CSV rows under Japanese column names', () => {
    expect(keyFigureRows([figure])).toEqual([
      ['番号', '値', '単位', '項目', '時点', '出典', '出典URL', '掲載ページ', 'URL'],
      ['図3-1', '31.5', '%', '割合', '未確認', '内閣府の調査', '', '第3章', 'https://example.test/2021/a/#figure-1'],
    ]);
  });

  it('as JSON with numbers as numbers, the printed value kept, and nothing unknown filled in', () => {
    const [json] = keyFigureJson([figure, { ...figure, value: '70', asOf: '' }]);
    expect(json).toMatchObject({ value: 31.5, valueAsPrinted: '31.5', asOf: '未確認', sourceUrl: null });
    expect(keyFigureJson([{ ...figure, value: '約70', asOf: '' }])[0]).toMatchObject({ value: '約70', asOf: null });
  });
});

describe('a table captioned in Markdown (: 見出し, 出典: …)', () => {
  it('is numbered with the caption, id and source the editor wrote, as <Figure> would be', () => {
    const { figures, problems } = describeMdx(
      `<Figure caption="前の表" source="資料">\n\n${table}\n\n</Figure>\n\n${table}\n\n: 人数の推移 \\{#tbl-members\\}\n\n出典: [総務省の資料](https://example.test/a)\n`,
    );
    expect(problems).toEqual([]);
    expect(figures[1]).toMatchObject({
      kind: 'table',
      component: 'Figure',
      number: '表2-2',
      anchor: 'table-members',
      id: 'members',
      caption: '人数の推移',
      source: '総務省の資料',
      sourceUrl: 'https://example.test/a',
      rows: [
        ['年', '人数'],
        ['2021', '38'],
      ],
    });
  });

  it('takes a source written as text, and a caption without an id', () => {
    const { figures } = describeMdx(`${table}\n\n：人数の推移\n\n出典：総務省の資料\n`);
    expect(figures[0]).toMatchObject({ anchor: 'table-1', caption: '人数の推移', source: '総務省の資料' });
    expect(figures[0].sourceUrl).toBeUndefined();
  });

  it('asks for a source line, and leaves a paragraph that does not start with : to the text', () => {
    expect(describeMdx(`${table}\n\n: 人数の推移\n`).problems).toEqual([
      { line: 1, field: '1行目 表の出典', message: expect.stringContaining('「出典: 資料名」') },
    ]);
    expect(describeMdx(`${table}\n\n人数の推移。\n`).problems).toEqual([
      { line: 1, field: '1行目 表', message: expect.stringContaining('「: 表の見出し」') },
    ]);
  });
});
