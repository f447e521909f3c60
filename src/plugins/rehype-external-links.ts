import { defineHastPlugin } from 'satteri';

/**
 * Marks links to other sites: `rel="noopener noreferrer"` (kept alongside any rel the author set)
 * and the class `external`, which the stylesheet uses for the print URL and the arrow.
 */
export const rehypeExternalLinks = defineHastPlugin({
  name: 'rehype-external-links',
  element: {
    filter: ['a'],
    visit(node, ctx) {
      const href = node.properties.href;
      if (typeof href !== 'string' || !/^https?:\/\//i.test(href)) return;
      const rel = new Set(Array.isArray(node.properties.rel) ? node.properties.rel.map(String) : []);
      rel.add('noopener');
      rel.add('noreferrer');
      ctx.setProperty(node, 'rel', [...rel]);
      const className = Array.isArray(node.properties.className) ? node.properties.className.map(String) : [];
      if (!className.includes('external')) ctx.setProperty(node, 'className', [...className, 'external']);
    },
  },
});
