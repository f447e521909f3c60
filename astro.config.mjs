// Wiring only: what each piece does lives in src/.
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { indexablePages } from './scripts/lib/sitemap-filter.ts';
import { admin } from './src/integrations/admin.ts';
import { contentChunk } from './src/lib/content-chunks.ts';
import { MARKDOWN_FEATURES } from './src/lib/markdown-features.ts';
import { rehypeExternalLinks } from './src/plugins/rehype-external-links.ts';
import { rehypePhrases } from './src/plugins/rehype-phrases.ts';
import { rehypeTableScroll } from './src/plugins/rehype-table-scroll.ts';
import { ASTRO_VOID_ELEMENTS, rehypeStaticHtml } from './src/plugins/rehype-static-html.ts';
import { remarkCitedLinks } from './src/plugins/remark-cited-links.ts';
import { remarkFigures } from './src/plugins/remark-figures.ts';
import { rehypeTateChuYoko } from './src/plugins/rehype-tate-chu-yoko.ts';
import { remarkReadingTime } from './src/plugins/remark-reading-time.ts';
import { remarkRuby } from './src/plugins/remark-ruby.ts';

const base = process.env.SITE_BASE || '/';
// MDX_OPTIMIZE=off renders every chapter through Astro alone, to compare (tests/build/static-html.test.ts).
const optimize = process.env.MDX_OPTIMIZE !== 'off';
const outDir = process.env.ASTRO_OUT_DIR || './dist';

export default defineConfig({
  site: process.env.SITE_URL || 'http://localhost:4321',
  base,
  trailingSlash: 'always',
  // Four pages at a time: a page's file writes and awaits overlap the next page's rendering, at no
  // cost in memory; more than four gained nothing (numbers: docs/benchmark.md).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  outDir,
  // The benchmark builds other corpora with a cache of their own, so they never mix with this one's.
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  markdown: {
    // Sätteri parses and renders in Rust; the plugins are its mdast/hast visitors (src/plugins/).
    processor: satteri({
      // The reading time counts the text as written, before ruby adds the readings.
      mdastPlugins: [remarkReadingTime, remarkRuby, remarkFigures, remarkCitedLinks],
      hastPlugins: [
        rehypeTableScroll,
        rehypeExternalLinks,
        rehypeTateChuYoko,
        rehypePhrases,
        ...(optimize ? [rehypeStaticHtml] : []),
      ],
      features: MARKDOWN_FEATURES,
    }),
  },
  // The search indexes are built by scripts/build.ts after Astro (scripts/index-site.ts).
  // The sitemap lists what was built (drafts never are, in production) minus noindex redirect pages.
  // The browser editor at /admin/ is written after the pages, outside the sitemap (ADMIN=off leaves it out).
  // The parts of a chapter without components are written as HTML when it is compiled, as Astro
  // would render them (src/plugins/rehype-static-html.ts).
  integrations: [
    mdx({ optimize: optimize && { ignoreElementNames: ASTRO_VOID_ELEMENTS } }),
    sitemap({ filter: indexablePages(outDir, base) }),
    admin(),
  ],
  vite: {
    build: {
      rolldownOptions: {
        // One server chunk per edition's chapters instead of two for each (src/lib/content-chunks.ts).
        output: { codeSplitting: { groups: [{ name: contentChunk }] } },
        onwarn(warning, warn) {
          // Astro's own MDX modules carry this directive on purpose; the warning is noise to editors.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
