import { fileURLToPath } from 'node:url';
import type { Parents, Root, RootContent, Table } from 'mdast';
import { defineMdastPlugin, markdownToMdast, mdxToMdast, type MdastVisitorContext } from 'satteri';
import {
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

/** The figures of the page being compiled, in reading order: Sätteri visits nodes in document order. */
function foundOf(ctx: MdastVisitorContext): FoundFigure[] | undefined {
  // Figures are numbered in the white paper's own pages (editions/<year>/…), not in press releases.
  if (!ctx.fileURL || !/[\\/]editions[\\/]\d{4}[\\/]/.test(fileURLToPath(ctx.fileURL))) return undefined;
  return ((ctx.data.figuresFound as FoundFigure[] | undefined) ??= []);
}

/** The tables of a figure component, as findFigures gives them: not those of a figure inside it. */
function tablesOf(node: Parents): Table[] {
  return node.children.flatMap((child): Table[] => {
    if (child.type === 'table') return [child];
    return 'children' in child && !isFigureComponent(child) ? tablesOf(child) : [];
  });
}

function component(node: FigureNode, ctx: MdastVisitorContext) {
  if (isFigureComponent(node)) foundOf(ctx)?.push({ node, tables: tablesOf(node) });
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
    const found = foundOf(ctx);
    if (!found) return;
    // A table inside a figure is that figure's (tablesOf); any other stands as a figure of its own.
    for (let up: Readonly<Parents> | undefined = ctx.parent(node); up && up.type !== 'root'; up = ctx.parent(up)) {
      if (isFigureComponent(up)) return;
    }
    const parent = ctx.parent(node);
    const at = ctx.indexOf(node);
    const markdown =
      parent && at !== undefined ? markdownCaption(parent.children.slice(at + 1) as RootContent[]) : undefined;
    found.push({ node: node as Table, tables: [node as Table], ...(markdown ? { markdown } : {}) });
  },
  after(_root, ctx) {
    const found = foundOf(ctx);
    if (!found) return;
    // The found nodes hold the pass's copy of the whole tree: what the compile returns must not keep them.
    delete ctx.data.figuresFound;
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
