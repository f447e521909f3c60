import { fileURLToPath } from 'node:url';
import type { Root } from 'mdast';
import { defineMdastPlugin } from 'satteri';
import { describeFigures, findFigures, setJsxAttribute } from '../lib/figures.ts';
import { pageFrontmatter } from '../lib/page-data.ts';

/**
 * Numbers the <Figure> and <KeyFigure> of a page in its chapter (図3-1, 表3-1; a page without an
 * `order`, the edition's own, gets 図序-1) and hands each its `number` and `anchor` as props, so
 * every renderer of the chapter shows the same numbers. The figures, tables read as rows of text,
 * go to the page's front matter as `figures` for the lists, citations and CSV files. A figure the
 * editor left without caption or source, or with a clashing id, stops the build with the line and
 * the fix (the same message `npm run check:content` gives).
 */
export const remarkFigures = defineMdastPlugin({
  name: 'remark-figures',
  options: { position: true },
  before(root, ctx) {
    // Figures are numbered in the white paper's own pages (editions/<year>/…), not in press releases.
    const path = ctx.fileURL ? fileURLToPath(ctx.fileURL) : '';
    if (!/[\\/]editions[\\/]\d{4}[\\/]/.test(path)) return;
    const frontmatter = pageFrontmatter(ctx.data);
    const order = Number.isInteger(frontmatter.order) ? (frontmatter.order as number) : undefined;
    // Without a component or a table row in the source there is nothing to find: skip the walk.
    const found = /<(Key)?Figure\b|\|/.test(ctx.source) ? findFigures(root as Root) : [];
    const { figures, problems } = describeFigures(found, order);
    if (problems.length > 0) {
      const first = problems[0];
      const more =
        problems.length > 1 ? `（ほかに ${problems.length - 1} 件。npm run check:content で一覧できます）` : '';
      throw new Error(
        `${path}${first.line !== undefined ? `:${first.line}` : ''}: ${first.field}: ${first.message}${more}`,
      );
    }
    let next = 0;
    for (const { node } of found) {
      if (node.type === 'table') continue;
      const figure = figures[next++];
      // Sätteri's nodes are read-only views: set the props on a copy and put it in the node's place.
      const numbered = { ...node, attributes: [...node.attributes] };
      setJsxAttribute(numbered, 'number', figure.number);
      setJsxAttribute(numbered, 'anchor', figure.anchor);
      ctx.replaceNode(node, numbered);
    }
    frontmatter.figures = figures;
  },
});
