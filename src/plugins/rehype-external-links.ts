import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Marks links to other sites: `rel="noopener noreferrer"` (kept alongside any rel the author set)
 * and the class `external`, which the stylesheet uses for the print URL and the arrow.
 */
export function rehypeExternalLinks() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const href = node.properties.href;
      if (node.tagName !== 'a' || typeof href !== 'string' || !/^https?:\/\//i.test(href)) return;
      const rel = new Set(Array.isArray(node.properties.rel) ? node.properties.rel.map(String) : []);
      rel.add('noopener');
      rel.add('noreferrer');
      node.properties.rel = [...rel];
      const className = Array.isArray(node.properties.className) ? node.properties.className.map(String) : [];
      if (!className.includes('external')) node.properties.className = [...className, 'external'];
    });
  };
}
