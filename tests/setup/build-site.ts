/**
 * Builds the real site twice before the build, search and browser tests: at the root and under
 * SITE_BASE. Set TEST_REUSE_BUILD=1 to reuse builds from an earlier run while writing tests.
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildSiteOrThrow } from '../helpers/build.ts';
import { BUILDS } from '../helpers/builds.ts';

export default function setup() {
  for (const { outDir, base, env } of Object.values(BUILDS)) {
    if (process.env.TEST_REUSE_BUILD === '1' && existsSync(join(outDir, 'index.html'))) continue;
    rmSync(outDir, { recursive: true, force: true });
    buildSiteOrThrow({ outDir, base, env });
  }
}
