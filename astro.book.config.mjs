// The source of each edition's PDF and EPUB (scripts/build-books.ts): the site's own Markdown
// pipeline, content collections and MDX components, rendered as one HTML document per edition
// from src/book/ instead of as site pages. Wiring only.
import { defineConfig } from 'astro/config';
import site from './astro.config.mjs';

export default defineConfig({
  site: site.site,
  base: site.base,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  srcDir: './src/book',
  publicDir: './src/book/public',
  outDir: process.env.BOOK_HTML_DIR || './node_modules/.cache/lcwp-books/html',
  // Its own content store, so a book build never invalidates the site build's cache.
  cacheDir: process.env.BOOK_ASTRO_CACHE_DIR || './node_modules/.cache/lcwp-books/astro',
  markdown: site.markdown,
  // The site's MDX integration, with the same static HTML (src/plugins/rehype-static-html.ts).
  integrations: site.integrations.filter((integration) => integration.name === '@astrojs/mdx'),
  vite: site.vite,
});
