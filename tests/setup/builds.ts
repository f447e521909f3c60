/** Where the test builds go, shared by the global setup and the tests that read them. */
import { resolve } from 'node:path';

export const BUILDS = {
  /** The site at the root of its host, as `npm run build` makes it. */
  root: { outDir: resolve('.tmp/test-dist/root'), base: '/' },
  /** The same site under a sub-path, as on a GitHub Pages project site. */
  sub: { outDir: resolve('.tmp/test-dist/sub'), base: '/lcwp/' },
} as const;
