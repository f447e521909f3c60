/**
 * The path an editor takes: `npm run build` over a copy of the real content/ with the books on
 * (BOOKS=on; Chromium is installed here), one mistake of each kind the content check knows put into
 * a real file. Whichever step meets the mistake first (the books' own Astro build, the cards, the
 * site's Astro build), the editor gets the check's "file › field: fix" list, no stack trace, and
 * the previous output stays as it was.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSite } from '../helpers/build.ts';
import { CONTENT_FAULTS, type ContentFault } from '../helpers/content-faults.ts';
import { mutations } from '../helpers/content-mutations.ts';
import { tempCorpus } from '../helpers/temp-corpus.ts';

const root = resolve('.tmp/test-dist/content-faults');
/** A line of a JavaScript stack trace, as Node and Astro print them. */
const STACK_FRAME = /^\s+at\s.+[(:]\d+:\d+\)?$/m;

/** `npm run build` of the real content with `fault`, over an output folder that holds an earlier site. */
function buildWith(fault: ContentFault, name: string, env: Record<string, string> = {}) {
  const contentDir = tempCorpus('content');
  fault.apply(contentDir);
  const outDir = join(root, name, 'dist');
  rmSync(join(root, name), { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'index.html'), '前のサイト');
  const build = buildSite({ outDir, contentDir, npm: true, env: { BOOKS: 'on', ...env } });
  return {
    build,
    output: build.stdout + build.stderr,
    previous: () => readFileSync(join(outDir, 'index.html'), 'utf8'),
  };
}

describe('npm run build with a mistake in a copy of the real content, books on', () => {
  it.each(CONTENT_FAULTS.map((fault) => [fault.name, fault] as const))(
    '%s: the check’s list, no stack trace, the previous output kept',
    (_name, fault) => {
      const { build, output, previous } = buildWith(fault, fault.name.replace(/\W+/g, '-'));
      expect(build.status, output).not.toBe(0);
      expect(output).toMatch(fault.shows);
      expect(output).toContain('ビルドを止めました。');
      expect(output).not.toMatch(STACK_FRAME);
      expect(output).not.toContain('Stack trace');
      expect(output).not.toContain('PDF・EPUB の組版に失敗しました');
      expect(previous()).toBe('前のサイト');
    },
    120_000,
  );

  // A seeded sample of the 200 mutations that tests/scripts/content-check/mutations.test.ts puts through the check.
  it.each(
    mutations(200, 27)
      .filter((_, i) => i % 50 === 7)
      .map((m) => [m.kind, m.file, m] as const),
  )(
    'a seeded mutation (%s in %s): the check’s list naming the file, no stack trace',
    (_kind, _file, mutation) => {
      const fault = {
        name: mutation.kind,
        apply: (dir: string) => writeFileSync(join(dir, mutation.file), mutation.text),
        shows: /./,
      };
      const { build, output, previous } = buildWith(fault, `mutation-${mutation.file.replace(/\W+/g, '-')}`);
      expect(build.status, output).not.toBe(0);
      expect(output).toContain(`${mutation.file} › `);
      expect(output).toContain('ビルドを止めました。');
      expect(output).not.toMatch(STACK_FRAME);
      expect(previous()).toBe('前のサイト');
    },
    120_000,
  );

  it('with REBUILD=1 and with the books off, the same list', () => {
    const braces = CONTENT_FAULTS[0];
    for (const [name, env] of [
      ['rebuild', { REBUILD: '1' }],
      ['books-off', { BOOKS: 'off' }],
    ] as const) {
      const { build, output, previous } = buildWith(braces, name, env);
      expect(build.status, output).not.toBe(0);
      expect(output).toMatch(braces.shows);
      expect(output).not.toMatch(STACK_FRAME);
      expect(previous()).toBe('前のサイト');
    }
  }, 240_000);

  it('names the chapter when the books stop on a page the check let through', () => {
    // Without the check, which would have stopped the build first: the books' own Astro build fails.
    const { build, output, previous } = buildWith(CONTENT_FAULTS[0], 'books-unchecked', { CONTENT_CHECK: 'skip' });
    expect(build.status, output).not.toBe(0);
    expect(output).toContain('PDF・EPUB の組版に失敗しました');
    expect(output).toMatch(/本（PDF・EPUB）を作るときに止まったのは .*editions\/2021\/introduction\.mdx の内容です。/);
    expect(output).toMatch(CONTENT_FAULTS[0].shows);
    expect(output).not.toMatch(STACK_FRAME);
    expect(previous()).toBe('前のサイト');
  }, 120_000);

  it('a SOURCE_DATE_EPOCH that is not a number of seconds: what to fix, before any book is typeset', () => {
    const none = { name: 'none', apply: () => {}, shows: /./ };
    const { build, output, previous } = buildWith(none, 'source-date', { SOURCE_DATE_EPOCH: '2021-06-10' });
    expect(build.status, output).not.toBe(0);
    expect(output).toContain('SOURCE_DATE_EPOCH「2021-06-10」は 1970-01-01 からの秒数（整数）ではありません。');
    expect(output).not.toContain('組版します');
    expect(output).not.toMatch(STACK_FRAME);
    expect(previous()).toBe('前のサイト');
  }, 120_000);

  it('npm run dev checks before its first start: the list, no stack trace, no server', () => {
    const contentDir = tempCorpus('content');
    CONTENT_FAULTS[0].apply(contentDir);
    // predev is what `npm run dev` runs first; it exits before Astro starts.
    const dev = spawnSync('npm', ['run', 'predev'], {
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: contentDir },
    });
    expect(dev.status).not.toBe(0);
    expect(dev.stdout + dev.stderr).toMatch(CONTENT_FAULTS[0].shows);
    expect(dev.stdout + dev.stderr).not.toMatch(STACK_FRAME);
  });
});
