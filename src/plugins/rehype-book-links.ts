import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

export interface BookLinksOptions {
  /** The site's address with its base path, e.g. `https://example.org/lcwp/`. */
  site: string;
  /** The base path the pages were rendered with (SITE_BASE), e.g. `/lcwp/`. */
  base: string;
  /** Where built assets live under the base, e.g. `_astro/`; they are copied beside the book. */
  assets: string;
}

/**
 * Makes a rendered page work as a file on its own (a PDF or EPUB): links to pages of the site
 * become absolute URLs on the site, built images are referenced beside the book
 * (`_astro/cover.png`), and a link whose text already is its URL is marked `url`, so the print
 * stylesheet does not print the URL a second time after it.
 */
export function rehypeBookLinks({ site, base, assets }: BookLinksOptions) {
  const assetPrefix = base + assets;
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const { href, src } = node.properties;
      if (typeof src === 'string' && src.startsWith(assetPrefix)) node.properties.src = src.slice(base.length);
      if (node.tagName !== 'a' || typeof href !== 'string') return;
      if (href.startsWith('/') && !href.startsWith('//')) {
        node.properties.href = new URL(href.startsWith(base) ? href.slice(base.length) : href.slice(1), site).href;
      }
      if (toString(node).trim() === node.properties.href) {
        const className = Array.isArray(node.properties.className) ? node.properties.className.map(String) : [];
        if (!className.includes('url')) node.properties.className = [...className, 'url'];
      }
    });
  };
}
