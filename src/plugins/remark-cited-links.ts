import type { Root } from 'mdast';
import { defineMdastPlugin } from 'satteri';
import { citedLinks } from '../lib/cited-links.ts';
import { pageFrontmatter } from '../lib/page-data.ts';

/**
 * Records every outside URL a page cites (links and bare URLs in the text and the footnotes, and
 * the `sourceUrl` of its figures) in the page's front matter as `citedLinks`, for the 出典一覧
 * pages. The page itself is left as it is.
 */
export const remarkCitedLinks = defineMdastPlugin({
  name: 'remark-cited-links',
  before(root, ctx) {
    // Only a source that names a URL can cite one: skip the walk over the others.
    pageFrontmatter(ctx.data).citedLinks = /https?:\/\//.test(ctx.source) ? citedLinks(root as Root) : [];
  },
});
