/**
 * Builds a site for a test the way `npm run build` does (scripts/build.ts: production
 * environment, build into a temporary folder, swap on success), from the real content or a
 * fixture corpus, at the root or under a base path.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';

export interface TestBuild {
  outDir: string;
  /** SITE_BASE; the tests' default is a sub-path, which catches more mistakes. */
  base?: string;
  /** CONTENT_DIR; the real content/ when left out. */
  contentDir?: string;
  /** Further environment, e.g. PREVIEW_DRAFTS=1. */
  env?: Record<string, string>;
  /** Run `npm run build` itself (its Node version check, then scripts/build.ts) instead of scripts/build.ts. */
  npm?: boolean;
}

export function buildSite({ outDir, base = '/lcwp/', contentDir, env = {}, npm }: TestBuild): SpawnSyncReturns<string> {
  const inherited: NodeJS.ProcessEnv = { ...process.env };
  // Only a test that asks for drafts gets them.
  delete inherited.PREVIEW_DRAFTS;
  const [command, args] = npm ? ['npm', ['run', 'build']] : [process.execPath, ['scripts/build.ts']];
  return spawnSync(command, args, {
    encoding: 'utf8',
    env: {
      ...inherited,
      ...(contentDir ? { CONTENT_DIR: contentDir } : {}),
      ASTRO_OUT_DIR: outDir,
      SITE_URL: 'https://example.test',
      SITE_BASE: base,
      ...env,
    },
  });
}

/** Builds, or throws with the build's own output. */
export function buildSiteOrThrow(options: TestBuild): string {
  const result = buildSite(options);
  const output = result.stdout + result.stderr;
  if (result.status !== 0) throw new Error(`build failed (${options.outDir}):\n${output}`);
  return output;
}
