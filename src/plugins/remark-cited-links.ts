import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { citedLinks } from '../lib/cited-links.ts';

/**
 * Records every outside URL a page cites (links and bare URLs in the text and the footnotes, and
 * the `sourceUrl` of its figures) in the page's front matter as `citedLinks`, for the 出典一覧
 * pages. The page itself is left as it is.
 */
export function remarkCitedLinks() {
  return (tree: Root, file: VFile) => {
    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    const frontmatter = (data.astro.frontmatter ??= {});
    frontmatter.citedLinks = citedLinks(tree);
  };
}
