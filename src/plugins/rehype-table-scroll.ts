import type { Element } from 'hast';
import type { MdxJsxFlowElementHast } from 'mdast-util-mdx-jsx';
import { defineHastPlugin } from 'satteri';

/** The number remark-figures gave the <Figure> around a table, if the table is in one. */
function figureNumber(parent: { type: string } | undefined): string | undefined {
  if (parent?.type !== 'mdxJsxFlowElement') return undefined;
  const number = (parent as MdxJsxFlowElementHast).attributes.find(
    (a) => a.type === 'mdxJsxAttribute' && a.name === 'number',
  );
  return typeof number?.value === 'string' ? number.value : undefined;
}

/**
 * Wraps every table in a focusable, labelled region that scrolls sideways, so a wide table stays
 * readable on a phone instead of being squeezed (keyboard users can scroll it once focused). Each
 * region is named by its figure's number (表3-1, set by remark-figures) or else numbered, so that
 * its name is unique on the page. A table the author already wrapped is left alone.
 */
export const rehypeTableScroll = defineHastPlugin({
  name: 'rehype-table-scroll',
  element: {
    filter: ['table'],
    visit(node, ctx) {
      const parent = ctx.parent(node);
      const parentClass = parent?.type === 'element' ? parent.properties.className : undefined;
      if (Array.isArray(parentClass) && parentClass.includes('table-scroll')) return;
      const count = ((ctx.data.tableScrollCount as number | undefined) ?? 0) + 1;
      ctx.data.tableScrollCount = count;
      const wrapper: Element = {
        type: 'element',
        tagName: 'section',
        properties: {
          className: ['table-scroll'],
          tabIndex: 0,
          ariaLabel: `${figureNumber(parent) ?? `表${count}`}（横にスクロールできます）`,
        },
        children: [],
      };
      ctx.wrapNode(node, wrapper);
    },
  },
});
