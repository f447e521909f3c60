import { fileURLToPath } from 'node:url';
import type { Nodes, Parents, Root, RootContent, Table } from 'mdast';
import { defineMdastPlugin, markdownToMdast, mdxToMdast, type MdastVisitorContext } from 'satteri';
import {
  cellText,
  describeFigures,
  findFigures,
  isFigureComponent,
  markdownCaption,
  setJsxAttribute,
  type FigureRecord,
  type FoundFigure,
} from '../lib/figures.ts';
import { MARKDOWN_FEATURES } from '../lib/markdown-features.ts';
import { pageFrontmatter } from '../lib/page-data.ts';

type FigureNode = FoundFigure['node'];

/**
 * What one compile's pass has found: the figures in reading order (Sätteri visits nodes in document
 * order), the tables still to come inside figure components, and the rows of the table being read.
 */
interface FiguresPass {
  found: FoundFigure[];
  /** For each table still to come inside a figure component, in document order: its figure, and whether it is the figure's first. */
  pending: { figure: FoundFigure; first: boolean }[];
  /** Where the cells of the table being visited go: the rows of a figure's first table, else nowhere. */
  rows?: string[][];
}

/** The pass's findings; none in a page whose figures are not numbered. Asked once per cell: the answer is kept. */
function passOf(ctx: MdastVisitorContext): FiguresPass | undefined {
  let pass = ctx.data.figuresPass as FiguresPass | null | undefined;
  // Figures are numbered in the white paper's own pages (editions/<year>/…), not in press releases.
  if (pass === undefined)
    pass = ctx.data.figuresPass =
      ctx.fileURL && /[\\/]editions[\\/]\d{4}[\\/]/.test(fileURLToPath(ctx.fileURL))
        ? { found: [], pending: [] }
        : null;
  return pass ?? undefined;
}

/** The tables of a figure component, as findFigures gives them: not those of a figure inside it. */
function tablesOf(node: Parents): Table[] {
  return node.children.flatMap((child): Table[] => {
    if (child.type === 'table') return [child];
    return 'children' in child && !isFigureComponent(child) ? tablesOf(child) : [];
  });
}

function component(node: FigureNode, ctx: MdastVisitorContext) {
  const pass = passOf(ctx);
  if (!pass || !isFigureComponent(node)) return;
  const figure: FoundFigure = { node, tables: tablesOf(node) };
  pass.found.push(figure);
  // Its tables come next in document order, before the rest of any figure around it.
  pass.pending.unshift(...figure.tables.map((_, i) => ({ figure, first: i === 0 })));
}

/**
 * The problems of a page's figures with their lines: the page parsed again with positions, which
 * the build's own pass goes without (only a page that fails pays for them).
 */
function faultyFigures(ctx: MdastVisitorContext, order: number | undefined) {
  const parse = ctx.sourceFormat === 'mdx' ? mdxToMdast : markdownToMdast;
  const tree = parse(ctx.source, { features: MARKDOWN_FEATURES, position: true });
  return describeFigures(findFigures(tree as Root), order).problems;
}

/** A leaf of text, or an element of our own (Sätteri renders a custom node through data.hName). */
const text = (value: string) => ({ type: 'text' as const, value });
const element = (hName: string, hProperties: Record<string, unknown>, children: unknown[]) =>
  ({ type: `figure-${hName}`, data: { hName, hProperties }, children }) as unknown as RootContent;

/**
 * A table captioned in Markdown, as <Figure> renders it. In MDX it becomes that <Figure> (with its
 * permalink, CSV and citation under it); in a .md page, whose Markdown takes no components, the
 * same figure, number, caption and source are written out as elements.
 */
function captionedTable(table: Table, figure: FigureRecord, mdx: boolean): RootContent {
  if (mdx) {
    const props = { caption: figure.caption, source: figure.source, sourceUrl: figure.sourceUrl };
    return {
      type: 'mdxJsxFlowElement',
      name: 'Figure',
      attributes: Object.entries({ ...props, number: figure.number, anchor: figure.anchor })
        .filter(([, value]) => value !== undefined)
        .map(([name, value]) => ({ type: 'mdxJsxAttribute', name, value })),
      children: [table],
    } as RootContent;
  }
  const source = figure.sourceUrl
    ? element('a', { className: ['external'], href: figure.sourceUrl, rel: 'noopener noreferrer' }, [
        text(figure.source ?? ''),
      ])
    : text(figure.source ?? '');
  return element('figure', { className: ['figure'], id: figure.anchor }, [
    element('figcaption', {}, [
      element('a', { className: ['figure__number'], href: `#${figure.anchor}` }, [text(figure.number)]),
      text(figure.caption),
    ]),
    table,
    ...(figure.source ? [element('p', { className: ['figure__source'] }, [text('出典: '), source])] : []),
  ]);
}

/**
 * Numbers the <Figure> and <KeyFigure> of a page in its chapter (図3-1, 表3-1; a page without an
 * `order`, the edition's own, gets 図序-1) and hands each its `number` and `anchor` as props, so
 * every renderer of the chapter shows the same numbers. The figures, tables read as rows of text,
 * go to the page's front matter as `figures` for the lists, citations and CSV files. A figure the
 * editor left without caption or source, or with a clashing id, stops the build with the line and
 * the fix (the same message `npm run check:content` gives). Only the components and the tables
 * are visited; the same figures as findFigures (src/lib/figures.ts) finds in check:content.
 * A table captioned in Markdown (`: 見出し`, `出典: …` after it) is numbered with them and rendered
 * as the same figure (captionedTable).
 */
export const remarkFigures = defineMdastPlugin({
  name: 'remark-figures',
  // No positions: they would weigh every node of the page; a faulty figure is found again with them (faultyFigures).
  mdxJsxFlowElement: component,
  mdxJsxTextElement: component,
  table(node, ctx) {
    const pass = passOf(ctx);
    if (!pass) return;
    // A table inside a figure component is that figure's: every one of them is still pending (tablesOf).
    const inside = pass.pending.shift();
    if (inside) {
      pass.rows = inside.first ? (inside.figure.rows = []) : undefined;
      return;
    }
    // Any other table stands as a figure of its own, captioned by the paragraphs after it.
    const parent = ctx.parent(node);
    const at = ctx.indexOf(node);
    const markdown =
      parent && at !== undefined ? markdownCaption(parent.children.slice(at + 1) as RootContent[]) : undefined;
    const rows: string[][] = [];
    pass.found.push({ node: node as Table, tables: [node as Table], rows, ...(markdown ? { markdown } : {}) });
    pass.rows = rows;
  },
  // The rows are read as Sätteri visits them, so that the table's nodes are never copied into JavaScript.
  tableRow(_node, ctx) {
    passOf(ctx)?.rows?.push([]);
  },
  tableCell(node, ctx) {
    const row = passOf(ctx)?.rows?.at(-1);
    if (!row) return;
    // A cell of plain text is its text; anything else (a break, code, a footnote mark…) is read as cellText reads it.
    const plain = node.children.every((child) => child.type === 'text');
    row.push((plain ? ctx.textContent(node) : cellText(node as Nodes)).trim());
  },
  after(_root, ctx) {
    const found = passOf(ctx)?.found;
    // The found nodes belong to the compile: what it returns must not keep them.
    delete ctx.data.figuresPass;
    if (!found) return;
    const frontmatter = pageFrontmatter(ctx.data);
    const order = Number.isInteger(frontmatter.order) ? (frontmatter.order as number) : undefined;
    const { figures, problems } = describeFigures(found, order);
    if (problems.length > 0) {
      const positioned = faultyFigures(ctx, order);
      const [first, ...others] = positioned.length > 0 ? positioned : problems;
      const more = others.length > 0 ? `（ほかに ${others.length} 件。npm run check:content で一覧できます）` : '';
      // file › field: fix, as check:content reports it (the field starts with the line).
      throw new Error(`${fileURLToPath(ctx.fileURL!)} › ${first.field}: ${first.message}${more}`);
    }
    let next = 0;
    for (const { node, markdown } of found) {
      if (node.type === 'table' && !markdown) continue;
      const figure = figures[next++];
      if (node.type === 'table') {
        for (const paragraph of markdown!.paragraphs) ctx.removeNode(paragraph);
        ctx.replaceNode(node, captionedTable(node as Table, figure, ctx.sourceFormat === 'mdx'));
        continue;
      }
      // Sätteri's nodes are read-only views: set the props on a copy and put it in the node's place.
      const numbered = { ...node, attributes: [...node.attributes] };
      setJsxAttribute(numbered, 'number', figure.number);
      setJsxAttribute(numbered, 'anchor', figure.anchor);
      ctx.replaceNode(node, numbered);
    }
    frontmatter.figures = figures;
  },
});
