// The benchmark's reference: the least an Astro site needs to publish the same chapters (one
// layout, one chapter route, the MDX integration). scripts/bench/run.ts builds it beside the project.
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
  trailingSlash: 'always',
  build: { format: 'directory' },
  outDir: process.env.ASTRO_OUT_DIR || './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  integrations: [mdx()],
});
