import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { describeFigures, findFigures, setJsxAttribute } from '../lib/figures.ts';

/**
 * Numbers the <Figure> and <KeyFigure> of a page in its chapter (図3-1, 表3-1; a page without an
 * `order`, the edition's own, gets 図序-1) and hands each its `number` and `anchor` as props, so
 * every renderer of the chapter shows the same numbers. The figures, tables read as rows of text,
 * go to the page's front matter as `figures` for the lists, citations and CSV files. A figure the
 * editor left without caption or source, or with a clashing id, stops the build with the line and
 * the fix (the same message `npm run check:content` gives).
 */
export function remarkFigures() {
  return (tree: Root, file: VFile) => {
    // Figures are numbered in the white paper's own pages (editions/<year>/…), not in press releases.
    if (!/[\\/]editions[\\/]\d{4}[\\/]/.test(file.path ?? '')) return;
    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    const frontmatter = (data.astro.frontmatter ??= {});
    const order = Number.isInteger(frontmatter.order) ? (frontmatter.order as number) : undefined;
    const found = findFigures(tree);
    const { figures, problems } = describeFigures(found, order);
    if (problems.length > 0) {
      const first = problems[0];
      file.fail(
        `${first.field}: ${first.message}` +
          (problems.length > 1 ? `（ほかに ${problems.length - 1} 件。npm run check:content で一覧できます）` : ''),
        { place: first.line !== undefined ? { line: first.line, column: 1 } : undefined, source: 'remark-figures' },
      );
    }
    let next = 0;
    for (const { node } of found) {
      if (node.type === 'table') continue;
      const figure = figures[next++];
      setJsxAttribute(node, 'number', figure.number);
      setJsxAttribute(node, 'anchor', figure.anchor);
    }
    frontmatter.figures = figures;
  };
}
