/**
 * Skipping a build whose output is already there: `npm run build` twice with nothing changed
 * should not render 1,600 pages again. What decides the output is hashed — every file of the
 * project outside node_modules/, .git/, .astro/, .tmp/ and the output folders, the content folder
 * wherever CONTENT_DIR puts it, the environment variables the code reads, Node's version, the
 * build's arguments and the PDF/EPUB it installs — and a successful build records that digest
 * with a listing of the folder it wrote (path, size, mtime of every file). The next build reuses
 * the folder only when both still match: any change to an input, or any file added, removed or
 * touched in the output, builds again. REBUILD=1 always builds.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

/** Folders of the project that are not inputs: packages, caches, scratch space, build output. */
const NOT_INPUTS = new Set(['node_modules', '.git', '.astro', '.tmp']);
/** Files whose text may name environment variables the build reads. */
const CODE = /\.(?:[cm]?[jt]s|astro)$/;
const ENV_NAME = /(?:process\.env\.|process\.env\[['"]|import\.meta\.env\.)([A-Z_][A-Z0-9_]*)/g;

function filesUnder(dir: string, skip: (path: string) => boolean): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (skip(path)) continue;
    // A link counts as what it points to (a linked content folder is content all the same).
    const kind = entry.isSymbolicLink() && existsSync(path) ? statSync(path) : entry;
    if (kind.isDirectory()) found.push(...filesUnder(path, skip));
    else if (kind.isFile()) found.push(path);
  }
  return found.sort();
}

export interface BuildInputs {
  /** The project folder. */
  root: string;
  /** The content folder (inside the project or not). */
  contentDir: string;
  /** The output folder and its siblings the build writes (`.partial`, `.previous`). */
  outDir: string;
  /** Anything else that decides the output: arguments, the books installed. */
  extra: unknown;
  env: NodeJS.ProcessEnv;
}

/** A digest of everything that decides what a build writes. */
export function inputDigest({ root, contentDir, outDir, extra, env }: BuildInputs): string {
  const outputs = resolve(outDir);
  const content = resolve(contentDir);
  // The content is walked on its own: CONTENT_DIR may be outside the project, or under .tmp/.
  const skip = (path: string) => {
    if (path === content) return true;
    const name = relative(root, path);
    return (
      NOT_INPUTS.has(name.split(sep)[0]) ||
      // dist/, dist.partial/, and whatever ASTRO_OUT_DIR names with its siblings.
      /^dist(?:\.|$)/.test(name) ||
      path === outputs ||
      path.startsWith(`${outputs}.`)
    );
  };
  const files = [...filesUnder(root, skip), ...filesUnder(content, () => false)];
  const hash = createHash('sha256');
  const envNames = new Set(['NODE_ENV']);
  for (const file of files) {
    const bytes = readFileSync(file);
    hash.update(relative(root, file)).update('\0').update(bytes).update('\0');
    if (CODE.test(file)) for (const [, name] of bytes.toString('utf8').matchAll(ENV_NAME)) envNames.add(name);
  }
  // Asks for a build; decides nothing in it.
  envNames.delete('REBUILD');
  const envValues = [...envNames].sort().map((name) => [name, env[name] ?? null]);
  hash.update(JSON.stringify({ node: process.version, env: envValues, extra }));
  return hash.digest('hex');
}

/** Every file of the output with its size and modification time, hashed. */
export function outputListing(outDir: string): string {
  const hash = createHash('sha256');
  for (const file of filesUnder(outDir, () => false)) {
    const { size, mtimeMs } = statSync(file);
    hash.update(`${relative(outDir, file)}\0${size}\0${mtimeMs}\n`);
  }
  return hash.digest('hex');
}

interface Stamp {
  digest: string;
  listing: string;
}

/** Where the stamp for `outDir` is kept: beside the build's other caches, one file per output folder. */
export function stampFile(cacheDir: string, outDir: string): string {
  const key = createHash('sha256').update(resolve(outDir)).digest('hex').slice(0, 16);
  return join(cacheDir, 'lcwp-build', `${key}.json`);
}

/** Whether `outDir` holds, untouched, what a build of these inputs wrote. */
export function canReuse(stamp: string, digest: string, outDir: string): boolean {
  if (!existsSync(stamp) || !existsSync(outDir)) return false;
  try {
    const recorded = JSON.parse(readFileSync(stamp, 'utf8')) as Stamp;
    return recorded.digest === digest && recorded.listing === outputListing(outDir);
  } catch {
    return false;
  }
}

/** Records that `outDir` now holds what a build of these inputs wrote. */
export function recordBuild(stamp: string, digest: string, outDir: string): void {
  mkdirSync(join(stamp, '..'), { recursive: true });
  writeFileSync(stamp, JSON.stringify({ digest, listing: outputListing(outDir) } satisfies Stamp));
}
