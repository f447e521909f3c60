/** Where the test builds go, shared by the global setup and the tests that read them. */
import { resolve } from 'node:path';

export const BUILDS = {
  /**
   * The site at the root of its host, as `npm run build` makes it on a machine without Chromium:
   * no PDF or EPUB, and no link to one.
   */
  root: { outDir: resolve('.tmp/test-dist/root'), base: '/', env: { CHROMIUM_PATH: '/nonexistent/chromium' } },
  /** The same site under a sub-path, as on a GitHub Pages project site, with its PDFs and EPUBs. */
  sub: { outDir: resolve('.tmp/test-dist/sub'), base: '/lcwp/', env: {} },
} as const;
