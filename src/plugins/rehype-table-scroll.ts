import type { Element } from 'hast';
import type { MdxJsxFlowElementHast } from 'mdast-util-mdx-jsx';
import { defineHastPlugin, type HastVisitorContext } from 'satteri';

/** The number remark-figures gave the <Figure> around a table, if the table is in one. */
function figureNumber(parent: { type: string } | undefined): string | undefined {
  if (parent?.type !== 'mdxJsxFlowElement') return undefined;
  const number = (parent as MdxJsxFlowElementHast).attributes.find(
    (a) => a.type === 'mdxJsxAttribute' && a.name === 'number',
  );
  return typeof number?.value === 'string' ? number.value : undefined;
}

/**
 * Sätteri's id for a node of the pass: a visited element's own, or a visited node's child's. Not a
 * public field of Sätteri 0.10; without it every table asks for its parent, as it always could.
 */
function arenaId(node: object): number | undefined {
  const { _nid, _id } = node as { _nid?: unknown; _id?: unknown };
  const id = _nid ?? _id;
  return typeof id === 'number' ? id : undefined;
}

/**
 * Per pass, the children of the <Figure>s visited so far, by id, with the figure's number. A figure
 * comes before its table in document order, so a table found here needs no `ctx.parent()`, which
 * copies the whole tree into JavaScript once per pass.
 */
const figureChildren = new WeakMap<HastVisitorContext, Map<number, string | undefined>>();

/**
 * Wraps every table in a focusable, labelled region that scrolls sideways, so a wide table stays
 * readable on a phone instead of being squeezed (keyboard users can scroll it once focused). Each
 * region is named by its figure's number (表3-1, set by remark-figures) or else numbered, so that
 * its name is unique on the page. A table the author already wrapped is left alone.
 */
export const rehypeTableScroll = defineHastPlugin({
  name: 'rehype-table-scroll',
  mdxJsxFlowElement: {
    filter: ['Figure'],
    visit(figure, ctx) {
      const number = figureNumber(figure);
      const children = figureChildren.get(ctx) ?? figureChildren.set(ctx, new Map()).get(ctx)!;
      for (const child of figure.children) {
        const id = arenaId(child);
        if (id !== undefined) children.set(id, number);
      }
    },
  },
  element: {
    filter: ['table'],
    visit(node, ctx) {
      const id = arenaId(node);
      const inFigure = figureChildren.get(ctx);
      let label: string | undefined;
      if (id !== undefined && inFigure?.has(id)) {
        label = inFigure.get(id);
      } else {
        const parent = ctx.parent(node);
        const parentClass = parent?.type === 'element' ? parent.properties.className : undefined;
        if (Array.isArray(parentClass) && parentClass.includes('table-scroll')) return;
        label = figureNumber(parent);
      }
      const count = ((ctx.data.tableScrollCount as number | undefined) ?? 0) + 1;
      ctx.data.tableScrollCount = count;
      const wrapper: Element = {
        type: 'element',
        tagName: 'section',
        properties: {
          className: ['table-scroll'],
          tabIndex: 0,
          ariaLabel: `${label ?? `表${count}`}（横にスクロールできます）`,
        },
        children: [],
      };
      ctx.wrapNode(node, wrapper);
    },
  },
});
