/**
 * Builds the real site twice before the build, search and browser tests: at the root and under
 * SITE_BASE. Set TEST_REUSE_BUILD=1 to reuse builds from an earlier run while writing tests.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { BUILDS } from './builds.ts';

export default function setup() {
  for (const { outDir, base } of Object.values(BUILDS)) {
    if (process.env.TEST_REUSE_BUILD === '1' && existsSync(join(outDir, 'index.html'))) continue;
    rmSync(outDir, { recursive: true, force: true });
    // The same wrapper as `npm run build`, which also keeps vitest's DEV=1 from showing drafts.
    execFileSync(process.execPath, ['scripts/build.ts'], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {
        ...process.env,
        ASTRO_OUT_DIR: outDir,
        SITE_BASE: base,
        SITE_URL: 'https://example.test',
      },
    });
  }
}
