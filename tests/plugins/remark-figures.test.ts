import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import { mdxToMdast } from 'satteri';
import { describeFigures, findFigures, toCsv, type FigureRecord } from '../../src/lib/figures.ts';
import { MARKDOWN_FEATURES } from '../../src/lib/markdown-features.ts';
import { remarkFigures } from '../../src/plugins/remark-figures.ts';
import { fixtures, toHtml, toJs } from '../helpers/render-markdown.ts';
import { seeded } from '../helpers/search/quality.ts';

/** Compiles MDX as Astro does with remarkFigures; the props are read back from the compiled calls. */
async function run(source: string, frontmatter: Record<string, unknown>, path = 'content/editions/2091/chapter.mdx') {
  const { code, frontmatter: after } = await toJs(source, { mdast: [remarkFigures] }, frontmatter, path);
  const figures = after.figures as FigureRecord[] | undefined;
  const props = [...code.matchAll(/number: "([^"]*)",\s*anchor: "([^"]*)"/g)].map(([, number, anchor]) => ({
    number,
    anchor,
  }));
  return { figures, props };
}

const input = readFileSync(join(fixtures, 'figures/input.mdx'), 'utf8');

/** The syntax-tree nodes anywhere in a value: what the compile hands back must hold none. */
function nodesIn(value: unknown, seen = new Set<unknown>()): unknown[] {
  if (!value || typeof value !== 'object' || seen.has(value)) return [];
  seen.add(value);
  const node = value as { type?: unknown; children?: unknown; value?: unknown };
  if (typeof node.type === 'string' && ('children' in node || 'value' in node)) return [value];
  return Object.values(value).flatMap((inner) => nodesIn(inner, seen));
}

describe('remarkFigures', () => {
  it('leaves no syntax node in what the compile returns, which Astro keeps for the whole build', async () => {
    const { data, frontmatter } = await toJs(input, { mdast: [remarkFigures] }, { order: 3 });
    expect((frontmatter.figures as FigureRecord[]).length).toBe(4);
    expect(nodesIn(data)).toEqual([]);
  });

  it('numbers figures and tables in their chapter and hands each its number and anchor', async () => {
    const { figures, props } = await run(input, { order: 3 });
    expect(figures!.map((f) => [f.component, f.kind, f.number, f.anchor])).toEqual([
      ['KeyFigure', 'figure', '図3-1', 'figure-hires'],
      ['Figure', 'table', '表3-1', 'table-1'],
      ['Figure', 'figure', '図3-2', 'figure-2'],
      ['Figure', 'table', '表3-2', 'table-second-table'],
    ]);
    expect(props).toEqual([
      { number: '図3-1', anchor: 'figure-hires' },
      { number: '表3-1', anchor: 'table-1' },
      { number: '図3-2', anchor: 'figure-2' },
      { number: '表3-2', anchor: 'table-second-table' },
    ]);
    expect(figures![0]).toMatchObject({ value: '112', unit: '人', caption: '新卒で入社した人' });
    expect(figures![0]).toMatchObject({ asOf: '2021-04', source: 'NPO法人G-net', id: 'hires' });
    expect(figures![1]).toMatchObject({ sourceUrl: 'https://example.test/source' });
  });

  it('reads a table as the CSV of the fixture, byte for byte', async () => {
    const { figures } = await run(input, { order: 3 });
    const expected = readFileSync(join(fixtures, 'figures/table-1.csv'));
    expect(Buffer.from(toCsv(figures![1].rows!), 'utf8')).toEqual(expected);
  });

  it('keeps an id-given anchor when figures are reordered, and renumbers the rest', async () => {
    const [keyFigure, ...rest] = input.split(/\n\n(?=<Figure)/);
    const reordered = [rest[2], rest[0], keyFigure, rest[1]].join('\n\n');
    const before = (await run(input, { order: 3 })).figures!;
    const after = (await run(reordered, { order: 3 })).figures!;
    const byCaption = (list: FigureRecord[], caption: string) => list.find((f) => f.caption === caption)!;
    expect(byCaption(after, '2つ目の表').anchor).toBe(byCaption(before, '2つ目の表').anchor);
    expect(byCaption(after, '新卒で入社した人').anchor).toBe('figure-hires');
    expect(byCaption(after, '2つ目の表').number).toBe('表3-1');
    expect(byCaption(after, 'カンマ、引用符と改行をふくむ表')).toMatchObject({ number: '表3-2', anchor: 'table-2' });
  });

  it('numbers an edition page (no order) with 序, and leaves press releases alone', async () => {
    expect((await run(input, {}, 'content/editions/2091/index.mdx')).figures!.map((f) => f.number)).toEqual([
      '図序-1',
      '表序-1',
      '図序-2',
      '表序-2',
    ]);
    expect((await run(input, {}, 'content/press/2091-06-10-launch.mdx')).figures).toBeUndefined();
  });

  it('stops on a figure without a source, naming the line and the fix', async () => {
    const broken = input.replace(
      '<Figure caption="箇条書きの図" source="テスト用の資料">',
      '<Figure caption="箇条書きの図">',
    );
    await expect(run(broken, { order: 3 })).rejects.toThrow(
      /editions\/2091\/chapter\.mdx › 15行目 Figure\.source: 出典がありません。source="…"/,
    );
  });
});

/**
 * A seeded chapter of figures in every arrangement the plugin meets while Sätteri walks the page:
 * tables in <Figure>, in a figure inside a figure, in a <Column> or a <div> inside a figure, next
 * to a second table, and tables captioned in Markdown, with cells of text, code, breaks, links,
 * images, footnote marks and ruby.
 */
function figuresChapter(random: () => number): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const cell = () =>
    Array.from({ length: 1 + Math.floor(random() * 3) }, () =>
      pick([
        '地域',
        '12人',
        '`c7`',
        '**移住**',
        '[町](https://example.test/)',
        '<br />',
        '![図](x.png)',
        '[^1]',
        '｜東京《とうきょう》',
        ' ',
      ]),
    ).join('');
  const table = () => {
    const cols = 1 + Math.floor(random() * 3);
    const row = () => `| ${Array.from({ length: cols }, cell).join(' | ')} |`;
    return [row(), `|${' --- |'.repeat(cols)}`, ...Array.from({ length: 1 + Math.floor(random() * 3) }, row)].join(
      '\n',
    );
  };
  const figure = (inner: string) => `<Figure caption="表" source="出典">\n\n${inner}\n\n</Figure>`;
  const block = (depth: number): string => {
    const kind = Math.floor(random() * (depth < 2 ? 6 : 3));
    if (kind === 0) return figure(table());
    if (kind === 1) return `${table()}\n\n: 見出し\n\n出典: 資料`;
    if (kind === 2) return '<KeyFigure value="3" label="数" source="出典" />';
    if (kind === 3) return figure(`${block(depth + 1)}\n\n${random() < 0.5 ? table() : ''}`);
    if (kind === 4) return figure(`<Column title="コラム">\n\n${table()}\n\n</Column>`);
    return figure(`<div>\n\n${block(depth + 1)}\n\n</div>`);
  };
  const blocks = Array.from({ length: 1 + Math.floor(random() * 6) }, () => block(0));
  return `${blocks.join('\n\n段落。\n\n')}\n\n[^1]: 注\n`;
}

describe('remarkFigures reading the page as Sätteri walks it', () => {
  it('finds the same figures, tables and rows as check:content does on the whole tree (300 seeded chapters)', async () => {
    const random = seeded(31);
    for (let i = 0; i < 300; i++) {
      const source = figuresChapter(random);
      const whole = describeFigures(
        findFigures(mdxToMdast(source, { features: MARKDOWN_FEATURES, position: false }) as Root),
        2,
      );
      if (whole.problems.length > 0) {
        await expect(toJs(source, { mdast: [remarkFigures] }, { order: 2 }), source).rejects.toThrow(
          whole.problems[0].message,
        );
        continue;
      }
      const { frontmatter } = await toJs(source, { mdast: [remarkFigures] }, { order: 2 });
      expect(frontmatter.figures, source).toEqual(whole.figures);
    }
  });
});

describe('remarkFigures on a table captioned in Markdown', () => {
  const source =
    '本文。\n\n| 年 | 人数 |\n| --- | --- |\n| 2021 | 38 |\n\n: 人数の推移 {#tbl-members}\n\n出典: [資料](https://example.test/a)\n';

  it('in a .md page writes the figure out: number, caption, table, source', async () => {
    const { html, frontmatter } = await toHtml(
      source,
      { mdast: [remarkFigures] },
      { order: 3 },
      'content/editions/2091/plain.md',
    );
    expect(html).toContain(
      '<figure class="figure" id="table-members"><figcaption><a class="figure__number" href="#table-members">表3-1</a>人数の推移</figcaption><table>',
    );
    expect(html).toContain(
      '</table><p class="figure__source">出典: <a class="external" href="https://example.test/a" rel="noopener noreferrer">資料</a></p></figure>',
    );
    expect(html).not.toContain(': 人数の推移');
    expect((frontmatter.figures as FigureRecord[]).map((f) => [f.number, f.anchor, f.caption])).toEqual([
      ['表3-1', 'table-members', '人数の推移'],
    ]);
  });

  it('in MDX becomes the <Figure> that renders every figure, with its number and anchor', async () => {
    const { code } = await toJs(
      source.replace('{#tbl-members}', '\\{#tbl-members\\}'),
      { mdast: [remarkFigures] },
      { order: 3 },
    );
    expect(code).toMatch(
      /_jsx\(Figure, \{\s*caption: "人数の推移",\s*source: "資料",\s*sourceUrl: "https:\/\/example\.test\/a",\s*number: "表3-1",\s*anchor: "table-members",\s*children: _jsxs\(_components\.table/,
    );
    expect(code).not.toContain(': 人数の推移');
  });

  it('in a .md page stops on a table without its caption, naming the line and the fix', async () => {
    const uncaptioned = '本文。\n\n次の段落。\n\n| 年 | 人数 |\n| --- | --- |\n| 2021 | 38 |\n';
    await expect(
      toHtml(uncaptioned, { mdast: [remarkFigures] }, { order: 3 }, 'content/editions/2091/plain.md'),
    ).rejects.toThrow(/editions\/2091\/plain\.md › 5行目 表: 表に見出しと出典がありません。/);
  });
});
