/** Reusing the output of a build whose inputs did not change (scripts/lib/build-reuse.ts). */
import { describe, expect, it } from 'vitest';
import {
  appendFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { canReuse, inputDigest, recordBuild, stampFile } from '../../../scripts/lib/build-reuse.ts';

/** A small project: code that reads SITE_BASE, content outside it, and an output folder. */
function project() {
  const top = mkdtempSync(join(tmpdir(), 'lcwp-reuse-'));
  const root = join(top, 'site');
  const files: Record<string, string> = {
    'package-lock.json': '{}',
    'astro.config.mjs': 'export default { base: process.env.SITE_BASE };',
    'src/pages/index.astro': '<h1>白書</h1>',
    'src/lib/urls.ts': "export const drafts = import.meta.env.DEV || process.env['PREVIEW_DRAFTS'];",
    'public/favicon.svg': '<svg/>',
    'node_modules/astro/index.js': 'package',
    '.tmp/bench/notes.txt': 'scratch',
    '.astro/data-store.json': '{}',
    'dist.previous/old.html': 'old',
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const contentDir = join(top, 'content');
  mkdirSync(join(contentDir, 'editions', '2021'), { recursive: true });
  writeFileSync(join(contentDir, 'editions', '2021', 'index.mdx'), '---\ntitle: 2021年版\n---\n本文');
  const outDir = join(root, 'dist');
  mkdirSync(join(outDir, '2021'), { recursive: true });
  writeFileSync(join(outDir, 'index.html'), '<h1>白書</h1>');
  writeFileSync(join(outDir, '2021', 'index.html'), '<h1>2021年版</h1>');
  const env = { SITE_BASE: '/lcwp/', HOME: '/home/a' };
  const digest = (changes: Partial<{ env: NodeJS.ProcessEnv; extra: unknown }> = {}) =>
    inputDigest({ root, contentDir, outDir, extra: changes.extra ?? ['args'], env: changes.env ?? env });
  return { top, root, contentDir, outDir, env, digest };
}

/** Every file under `dir`, relative paths. */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)));
}

/** A deterministic generator, so a failure names a reproducible case. */
function seeded(seed: number) {
  let state = seed;
  return (n: number) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state % n;
  };
}

describe('the input digest', () => {
  it('is the same for the same inputs', () => {
    const p = project();
    expect(p.digest()).toBe(p.digest());
  });

  it('changes with every input file: project files, and content wherever CONTENT_DIR is', () => {
    const p = project();
    const before = p.digest();
    const inputs = [
      ...listFiles(p.root)
        .filter((f) => !/^(node_modules|\.tmp|\.astro|dist)/.test(f))
        .map((f) => join(p.root, f)),
      ...listFiles(p.contentDir).map((f) => join(p.contentDir, f)),
    ];
    expect(inputs.length).toBe(6);
    const random = seeded(7);
    for (const file of inputs) {
      const saved = p.digest();
      appendFileSync(file, String.fromCharCode(0x3041 + random(80)));
      expect(p.digest(), file).not.toBe(saved);
    }
    // A new file counts as much as a changed one.
    writeFileSync(join(p.contentDir, 'editions', '2021', 'new-chapter.mdx'), '---\n---\n');
    expect(p.digest()).not.toBe(before);
  });

  it('follows links: a linked content file counts as what it points to', () => {
    const p = project();
    const outside = join(p.top, 'shared.mdx');
    writeFileSync(outside, '共有の章');
    symlinkSync(outside, join(p.contentDir, 'editions', '2021', 'shared.mdx'));
    const before = p.digest();
    appendFileSync(outside, '追記');
    expect(p.digest()).not.toBe(before);
  });

  it('ignores packages, caches, scratch space and output folders', () => {
    const p = project();
    const before = p.digest();
    for (const file of ['node_modules/astro/index.js', '.tmp/bench/notes.txt', '.astro/data-store.json']) {
      appendFileSync(join(p.root, file), 'changed');
    }
    writeFileSync(join(p.outDir, 'index.html'), 'rebuilt');
    writeFileSync(join(p.root, 'dist.previous', 'old.html'), 'older');
    expect(p.digest()).toBe(before);
  });

  it('changes with the environment variables the code reads, not with others', () => {
    const p = project();
    const before = p.digest();
    expect(p.digest({ env: { ...p.env, HOME: '/home/b', REBUILD: '1' } })).toBe(before);
    expect(p.digest({ env: { ...p.env, SITE_BASE: '/' } })).not.toBe(before);
    expect(p.digest({ env: { ...p.env, PREVIEW_DRAFTS: '1' } })).not.toBe(before);
    expect(p.digest({ env: { ...p.env, DEV: '1' } })).not.toBe(before);
    expect(p.digest({ env: { ...p.env, NODE_ENV: 'development' } })).not.toBe(before);
  });

  it('changes with the build arguments and books', () => {
    const p = project();
    expect(p.digest({ extra: ['other'] })).not.toBe(p.digest());
  });
});

describe('reusing an output folder', () => {
  function recorded() {
    const p = project();
    const stamp = stampFile(join(p.root, 'node_modules', '.cache'), p.outDir);
    recordBuild(stamp, p.digest(), p.outDir);
    return { ...p, stamp };
  }

  it('is allowed when the inputs and the folder are as the build left them', () => {
    const p = recorded();
    expect(canReuse(p.stamp, p.digest(), p.outDir)).toBe(true);
  });

  it('is refused when an input changed', () => {
    const p = recorded();
    appendFileSync(join(p.contentDir, 'editions', '2021', 'index.mdx'), '追記');
    expect(canReuse(p.stamp, p.digest(), p.outDir)).toBe(false);
  });

  it('is refused when a file of the output was changed, touched, added or removed', () => {
    const changes: ((out: string) => void)[] = [
      (out) => writeFileSync(join(out, 'index.html'), '<h1>白書!</h1>'),
      (out) => utimesSync(join(out, 'index.html'), new Date(2001, 0, 1), new Date(2001, 0, 1)),
      (out) => writeFileSync(join(out, 'stale.html'), 'from an older build'),
      (out) => rmSync(join(out, '2021', 'index.html')),
      (out) => rmSync(out, { recursive: true }),
    ];
    for (const change of changes) {
      const p = recorded();
      change(p.outDir);
      expect(canReuse(p.stamp, p.digest(), p.outDir), change.toString()).toBe(false);
    }
  });

  it('is refused for another output folder, and without a stamp', () => {
    const p = recorded();
    const copy = join(p.top, 'copy');
    cpSync(p.outDir, copy, { recursive: true, preserveTimestamps: true });
    expect(canReuse(stampFile(join(p.root, 'node_modules', '.cache'), copy), p.digest(), copy)).toBe(false);
    rmSync(p.stamp);
    expect(canReuse(p.stamp, p.digest(), p.outDir)).toBe(false);
  });

  it('is refused when the stamp cannot be read', () => {
    const p = recorded();
    writeFileSync(p.stamp, '{"digest":');
    expect(canReuse(p.stamp, p.digest(), p.outDir)).toBe(false);
  });
});
