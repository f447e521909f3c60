/**
 * What an editor meets between a scaffold and a published site, over builds of the fixture corpus
 * made with `npm run build` (content check included): scaffolded drafts build and stay unpublished,
 * the check reads the folder the build reads, and a page that still fails names its file.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pagePaths } from '../../scripts/lib/published-urls.ts';
import { edit, FIXTURE_CORPUS } from '../helpers/temp-corpus.ts';
import { buildSite } from '../helpers/build.ts';

const root = resolve('.tmp/test-dist/editor-flow');
const corpus = (name: string) => {
  const dir = join(root, name, 'content');
  cpSync(FIXTURE_CORPUS, dir, { recursive: true });
  return dir;
};
const scaffold = (contentDir: string, script: string, ...args: string[]) =>
  execFileSync(process.execPath, [`scripts/${script}.ts`, ...args], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: contentDir },
  });

const NEW_PAGES = ['/2093/', '/2093/first-steps/', '/2091/later/', '/press/2093-01-05-launch/'];
let drafts: string;

beforeAll(() => {
  rmSync(root, { recursive: true, force: true });
  drafts = corpus('drafts');
  scaffold(drafts, 'new-edition', '2093');
  scaffold(drafts, 'new-chapter', '2093', 'first-steps');
  scaffold(drafts, 'new-chapter', '2091', 'later');
  scaffold(drafts, 'new-press', '2093-01-05', 'launch');
});

describe('scaffolded drafts', () => {
  it('pass npm run build, 【要記入】 listed as warnings, and stay out of the production site', () => {
    const outDir = join(root, 'drafts', 'dist');
    const build = buildSite({ outDir, contentDir: drafts, npm: true });
    expect(build.status, build.stderr).toBe(0);
    expect(build.stderr).toContain('件の書き残しがあります');
    expect(build.stderr).toMatch(/2093\/first-steps\.mdx › 3行目 title: 【要記入】/);
    // The check ran beside Astro; its verdict comes first in the log all the same.
    const verdict = build.stdout.indexOf('に誤りはありません');
    expect(verdict).toBeGreaterThan(-1);
    expect(verdict).toBeLessThan(build.stdout.indexOf('[build]'));
    const pages = pagePaths(outDir);
    expect(pages).toContain('/2091/');
    for (const page of NEW_PAGES) expect(pages).not.toContain(page);
  });

  it('build with their placeholders in a preview build (PREVIEW_DRAFTS=1)', () => {
    const outDir = join(root, 'drafts', 'preview');
    const build = buildSite({ outDir, contentDir: drafts, env: { PREVIEW_DRAFTS: '1' } });
    expect(build.status, build.stderr).toBe(0);
    const pages = pagePaths(outDir);
    for (const page of NEW_PAGES) expect(pages).toContain(page);
  });

  it('stop npm run build once published, naming each placeholder', () => {
    const dir = corpus('published');
    scaffold(dir, 'new-chapter', '2091', 'later');
    edit(dir, 'editions/2091/later.mdx', 'draft: true', 'draft: false');
    const outDir = join(root, 'published', 'dist');
    const build = buildSite({ outDir, contentDir: dir, npm: true });
    expect(build.status).not.toBe(0);
    expect(build.stderr).toMatch(/内容に 5 件の問題があります/);
    for (const field of ['3行目 title', '7行目 kind', '9行目 summary', '30行目 本文', 'questions']) {
      expect(build.stderr).toContain(`2091/later.mdx › ${field}`);
    }
    expect(existsSync(outDir)).toBe(false);
  });
});

describe('npm run build', () => {
  it('checks the content folder it builds (CONTENT_DIR), not ./content', () => {
    const dir = corpus('checked');
    edit(dir, 'editions/2091/opening.md', 'regions: [fixture-region]', 'regions: [fixture-regoin]');
    const build = buildSite({ outDir: join(root, 'checked', 'dist'), contentDir: dir, npm: true });
    expect(build.status).not.toBe(0);
    expect(build.stderr).toMatch(
      /editor-flow\/checked\/content\/editions\/2091\/opening\.md › regions: 「fixture-regoin」/,
    );
    // Astro started alongside the check; its log was held back and it was stopped.
    expect(build.stdout + build.stderr).not.toContain('[build]');
    expect(build.stderr).toContain('ビルドを止めました。');
  });

  it('names the content file, the line and the fix when a page fails to render', () => {
    const dir = corpus('render');
    writeFileSync(
      join(dir, 'editions/2091/braces.mdx'),
      '---\ntitle: 波かっこ\norder: 5\nkind: commentary\nsummary: 誤記の例。\nsigns: [fixture-sign]\n---\n\n年収は{地域差}がある。\n',
    );
    // Without the content check, which would have stopped it first.
    const build = buildSite({ outDir: join(root, 'render', 'dist'), contentDir: dir, env: { CONTENT_CHECK: 'skip' } });
    expect(build.status).not.toBe(0);
    expect(build.stderr).toContain('/2091/braces/ を作るときに止まりました。');
    expect(build.stderr).toMatch(/render\/content\/editions\/2091\/braces\.mdx › 9行目: \{地域差\} は MDX/);
    expect(build.stderr).toContain('\\{地域差\\} のように前に \\ を付ける');
  });
});
