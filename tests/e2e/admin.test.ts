/**
 * The browser editor in headless Chromium, offline (every request off 127.0.0.1 aborted and
 * counted), over a copy of content/ served by the local backend (decap-server, MODE=fs), as an
 * editor uses it with `npm run dev`: it loads without a console error; a title-only save writes the
 * bytes scripts/lib/decap-format.ts predicts (the round trip tests/scripts/admin-round-trip.test.ts
 * runs over every file), and so does a save with a date, a select, a list or a toggle changed (only
 * their lines change); a new title or name of one registry entry is a one-line change of its
 * file (as src/lib/admin/registry-yaml.ts writes it); a new chapter with a 問い from the list, and a
 * captioned table and a key figure from the body's buttons, lands on disk, passes the content check and builds (with drafts, ADMIN=off) into a page with its
 * numbered table and the table's CSV, and a site with no /admin/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import * as cheerio from 'cheerio';
import yaml from 'js-yaml';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { contentFiles } from '../../scripts/lib/admin-files.ts';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { decapRead, decapSave } from '../../scripts/lib/decap-format.ts';
import { pagePaths } from '../../scripts/lib/published-urls.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { cmsFields, REGISTRIES } from '../../src/lib/admin/cms-config.ts';
import { readRegistry, writeRegistry } from '../../src/lib/admin/registry-yaml.ts';
import { buildSiteOrThrow } from '../helpers/build.ts';
import { freePort } from '../helpers/free-port.ts';
import { BUILDS } from '../helpers/builds.ts';
import { tempCorpus } from '../helpers/temp-corpus.ts';

const site = BUILDS.root.outDir;
const NO_CHOICES = { questions: [], signs: [], regions: [], people: [] };
let contentDir: string;
let backend: ChildProcess;
let server: StaticServer;
let browser: Browser;
let page: Page;
let port: number;
const offHost: string[] = [];
const consoleErrors: string[] = [];

async function waitForBackend() {
  for (let i = 0; i < 100; i++) {
    const up = await fetch(`http://127.0.0.1:${port}/api/v1`, { method: 'POST', body: '{}' }).then(
      () => true,
      () => false,
    );
    if (up) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('decap-server did not start');
}

async function publish() {
  await page.getByRole('button', { name: '公開' }).click();
  await page.getByRole('menuitem', { name: '公開する' }).click();
}

const read = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : '');

async function waitForChange(file: string, from: string) {
  for (let i = 0; i < 300; i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    // The backend writes the file anew (it is empty for a moment): wait until it holds new
    // contents that stay the same for a while.
    const text = read(file);
    if (text === from || text === '') continue;
    await new Promise((resolve) => setTimeout(resolve, 200));
    if (read(file) === text) return text;
  }
  throw new Error(`${file} was not saved`);
}

beforeAll(async () => {
  contentDir = tempCorpus('content');
  port = await freePort();
  backend = spawn(process.execPath, ['node_modules/decap-server/dist/index.js'], {
    env: {
      ...process.env,
      MODE: 'fs',
      BIND_HOST: '127.0.0.1',
      PORT: String(port),
      GIT_REPO_DIRECTORY: dirname(contentDir),
    },
    stdio: 'ignore',
  });
  await waitForBackend();
  server = await serveStatic(site);
  browser = await launchBrowser();
  page = await browser.newPage();
  page.setDefaultTimeout(60_000);
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname !== '127.0.0.1') {
      offHost.push(url.href);
      return route.abort();
    }
    // The built configuration, with the backend of this test (the site's is on port 8081).
    if (url.pathname === '/admin/config.json') {
      const config = JSON.parse(readFileSync(join(site, 'admin', 'config.json'), 'utf8'));
      config.local_backend.url = `http://127.0.0.1:${port}/api/v1`;
      return route.fulfill({ json: config });
    }
    return route.continue();
  });
  await page.goto(`${server.origin}/admin/`);
  await page.getByRole('button', { name: 'ログイン' }).click();
  await page.getByText('2021年版の章', { exact: true }).first().waitFor();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  backend?.kill();
});

describe('/admin/ in local mode', () => {
  it('loads in Japanese with no console error and no request off the machine', () => {
    expect(consoleErrors).toEqual([]);
    expect(offHost).toEqual([]);
  });

  const samples = [
    ['chapters-2021', 'editions/2021/introduction.mdx', 'introduction'],
    ['editions', 'editions/2021/index.mdx', '2021'],
    ['press', 'press/2021-06-10-local-career-white-paper-2021.mdx', '2021-06-10-local-career-white-paper-2021'],
  ] as const;
  it.each(samples)(
    '%s: a title-only save writes the bytes decap-format predicts (%s)',
    async (collection, path, slug) => {
      const file = join(contentDir, path);
      const before = readFileSync(file, 'utf8');
      const title = `${String(decapRead(before).data.title)}（改訂）`;
      // A fresh load, so the form is the new entry's and not the last one's (a hash change keeps it).
      await page.goto('about:blank');
      await page.goto(`${server.origin}/admin/#/collections/${collection}/entries/${slug}`);
      await page.getByLabel('題名', { exact: true }).fill(title);
      await publish();
      const saved = await waitForChange(file, before);
      const { fieldOrder } = contentFiles(contentDir).find((entry) => entry.file === file)!;
      expect(saved).toBe(decapSave(before, fieldOrder, { title }));
    },
    120_000,
  );

  // One field of each kind of widget: text with a pattern (a chapter's partial date), select, a
  // select of many (問い from the list), date and toggle (a press release's).
  const widgetEdits = [
    {
      collection: 'chapters-2021',
      slug: 'life-script-and-career-ownership',
      path: 'editions/2021/life-script-and-career-ownership.mdx',
      edit: async () => {
        await page.locator('[id^="kind-field-"]').fill('original');
        await page.keyboard.press('Enter');
        await page.locator('[id^="questions-field-"]').fill('is-local-career-a-career');
        await page.keyboard.press('Enter');
        await page.locator('[id^="published-field-"]').fill('2021-07-01');
      },
      change: {
        kind: 'original',
        questions: [
          'what-experiences-let-us-own-our-lives',
          'what-do-people-gain-from-local-careers',
          'is-local-career-a-career',
        ],
        published: '2021-07-01',
      },
      lines: {
        removed: ['kind: commentary'],
        added: ['kind: original', '  - is-local-career-a-career', 'published: 2021-07-01'],
      },
    },
    {
      collection: 'press',
      slug: '2021-05-13-career-ownership-exploration-dialogue',
      path: 'press/2021-05-13-career-ownership-exploration-dialogue.mdx',
      edit: async () => {
        await page.locator('input[id^="date-field-"]').fill('2021-05-14');
        await page.locator('[id^="date_estimated-field-"]').click();
      },
      change: { date: '2021-05-14', date_estimated: true },
      lines: { removed: ['date: 2021-05-13'], added: ['date: 2021-05-14', 'date_estimated: true'] },
    },
  ];
  it.each(widgetEdits.map((edit) => [edit.path, edit] as const))(
    'a save with a date, a select, a list or a toggle changed rewrites those front-matter lines alone (%s)',
    async (path, { collection, slug, edit, change, lines }) => {
      const file = join(contentDir, path);
      const before = readFileSync(file, 'utf8');
      await page.goto('about:blank');
      await page.goto(`${server.origin}/admin/#/collections/${collection}/entries/${slug}`);
      await edit();
      await publish();
      const saved = await waitForChange(file, before);
      const frontLines = (text: string) => text.slice(0, text.indexOf('\n---', 3)).split('\n');
      const [was, is] = [frontLines(before), frontLines(saved)];
      expect(saved.slice(is.join('\n').length)).toBe(before.slice(was.join('\n').length));
      expect(was.filter((line) => !is.includes(line))).toEqual(lines.removed);
      expect(is.filter((line) => !was.includes(line)).sort()).toEqual([...lines.added].sort());
      // Where the new lines go, and how each value is written: as decap-format predicts.
      const { fieldOrder } = contentFiles(contentDir).find((entry) => entry.file === file)!;
      expect(saved).toBe(decapSave(before, fieldOrder, change));
    },
    120_000,
  );

  const registryEdits = [
    ['questions', 'is-moving-to-a-region-a-step-down'],
    ['regions', 'nanao'],
  ] as const;
  it.each(registryEdits)(
    '%s: a new title or name of one entry (%s) is a one-line change of the registry file',
    async (name, id) => {
      const registry = REGISTRIES.find((r) => r.name === name)!;
      const file = join(contentDir, `${name}.yaml`);
      const before = readFileSync(file, 'utf8');
      const document = readRegistry(before, yaml);
      const entry = document.entries.find((e) => e.id === id)!;
      const fields = cmsFields(registry.schema, NO_CHOICES);
      const label = fields.find((f) => f.name === registry.nameKey)!.label;
      const old = String(entry[registry.nameKey]);
      await page.goto('about:blank');
      await page.goto(`${server.origin}/admin/#/collections/${name}/entries/${name}`);
      // The entries are folded to a line each (name and id): unfold this one.
      const item = page.locator('[class*="SortableListItem"]').filter({ hasText: `${old}（${id}）` });
      await item.getByRole('button').first().click();
      await item.getByLabel(label, { exact: true }).fill(`${old}（改訂）`);
      await publish();
      const saved = await waitForChange(file, before);
      const [lines, savedLines] = [before.split('\n'), saved.split('\n')];
      expect(savedLines.length).toBe(lines.length);
      expect(lines.filter((line, i) => line !== savedLines[i])).toEqual([`  ${registry.nameKey}: ${old}`]);
      expect(savedLines.filter((line, i) => line !== lines[i])).toEqual([`  ${registry.nameKey}: ${old}（改訂）`]);
      // What the shared writer (src/lib/admin/registry-yaml.ts) makes of the edited registry.
      const entries = document.entries.map((e) => (e.id === id ? { ...e, [registry.nameKey]: `${old}（改訂）` } : e));
      expect(saved).toBe(
        writeRegistry(
          { ...document, entries },
          fields.map((f) => f.name),
          yaml,
        ),
      );
    },
    120_000,
  );

  it('creates a draft chapter with a 問い from the list, and a captioned table and a key figure from the buttons', async () => {
    await page.goto('about:blank');
    await page.goto(`${server.origin}/admin/#/collections/chapters-2021/new`);
    await page.getByLabel('題名', { exact: true }).fill('エディターで書いた章');
    await page.getByLabel('並び順', { exact: true }).fill('99');
    await page.locator('[id^="kind-field-"]').fill('commentary');
    await page.keyboard.press('Enter');
    await page.getByLabel('要約', { exact: true }).fill('ブラウザのエディターで書いた章の要約。');
    await page.locator('[id^="questions-field-"]').fill('is-local-career-a-career');
    await page.keyboard.press('Enter');
    // The table and the key figure come from the buttons above the body; the editor types over
    // each 【要記入】 the button selects, and moves on with 「次の【要記入】」.
    const body = page.locator('textarea[id^="body-field-"]');
    await body.fill('## 表と数字\n');
    const fillIn = async (...values: string[]) => {
      for (const value of values) {
        await page.keyboard.insertText(value);
        await page.getByRole('button', { name: '次の【要記入】' }).click();
      }
    };
    await body.press('Control+End');
    await page.getByRole('button', { name: '表（Figure と表）' }).click();
    await fillIn('記事の数', 'CAREER FOR 公式note', '版', '記事の数', '2021', '14');
    await body.press('Control+End');
    await page.getByRole('button', { name: '数字（KeyFigure）' }).click();
    await fillIn('14', '本', '記事の数', 'CAREER FOR 公式note');
    await page.getByText('【要記入】はもうありません。').waitFor();
    await publish();
    const file = join(contentDir, 'editions/2021/chapter-99.mdx');
    const text = await waitForChange(file, '');
    const { data, body: written } = decapRead(text);
    expect(data).toMatchObject({ title: 'エディターで書いた章', order: 99, kind: 'commentary', draft: true });
    expect(data.questions).toEqual(['is-local-career-a-career']);
    expect(written).toBe(
      [
        '## 表と数字',
        '',
        '<Figure caption="記事の数" source="CAREER FOR 公式note">',
        '',
        '| 版 | 記事の数 |',
        '| --- | --- |',
        '| 2021 | 14 |',
        '',
        '</Figure>',
        '',
        '<KeyFigure value="14" unit="本" label="記事の数" asOf="未確認" source="CAREER FOR 公式note" />',
        '',
      ].join('\n'),
    );
    const check = execFileSync(process.execPath, ['scripts/content-check/cli.ts'], {
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: contentDir },
    });
    expect(check).toContain('に誤りはありません');
  }, 180_000);

  it('builds the new chapter into a page with its numbered table and CSV, and a site without /admin/ (ADMIN=off)', () => {
    // The content the browser wrote, as a preview build sees it (the new chapter is a draft).
    const out = resolve('.tmp/test-dist/admin-e2e');
    rmSync(out, { recursive: true, force: true });
    buildSiteOrThrow({ outDir: out, contentDir, base: '/', env: { PREVIEW_DRAFTS: '1', ADMIN: 'off' } });
    const $ = cheerio.load(readFileSync(join(out, '2021/chapter-99/index.html'), 'utf8'));
    expect($('h1').text()).toContain('エディターで書いた章');
    const table = $('figure.figure').filter((_, figure) => $(figure).find('table').length > 0);
    expect(table.find('.figure__number').text()).toBe('表99-1');
    expect(table.find('figcaption').text()).toContain('記事の数');
    const csv = table.find('a[download]');
    expect(csv.text()).toBe('表99-1のCSV');
    expect(readFileSync(join(out, csv.attr('href')!), 'utf8')).toBe('\uFEFF版,記事の数\r\n2021,14\r\n');
    expect($('.key-figure .figure__number').text()).toBe('図99-1');
    expect($('.key-figure__value').text()).toBe('14本');
    // Without the editor: no /admin/ folder, and every page of the site with the editor is there.
    expect(existsSync(join(site, 'admin', 'config.json'))).toBe(true);
    expect(existsSync(join(out, 'admin'))).toBe(false);
    expect(pagePaths(out)).toEqual([...pagePaths(site), '/2021/chapter-99/'].sort());
  }, 300_000);
});
