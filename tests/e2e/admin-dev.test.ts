/**
 * The browser editor in `npm run dev` (src/integrations/admin.ts): the dev server serves /admin/
 * with its modules and a configuration whose 「ライブで見る」 address is the dev server itself, where
 * a draft chapter's page is there to see, and it starts the local backend the editor saves through.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../helpers/free-port.ts';
import { FIXTURE_CORPUS } from '../helpers/temp-corpus.ts';

let dev: ChildProcess;
let origin: string;
let backendPort: number;
// The dev server's Vite and content caches, apart from the builds' (node_modules/.astro).
const cacheDir = mkdtempSync(join(tmpdir(), 'lcwp-dev-cache-'));

beforeAll(async () => {
  const port = await freePort();
  backendPort = await freePort();
  origin = `http://127.0.0.1:${port}`;
  dev = spawn(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port), '--host', '127.0.0.1'],
    {
      env: {
        // As `npm run dev` runs it: without vitest's NODE_ENV=test and VITEST (Astro then renders no page).
        ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(NODE_ENV|VITEST.*)$/.test(name))),
        CONTENT_DIR: FIXTURE_CORPUS,
        CMS_LOCAL_PORT: String(backendPort),
        ASTRO_CACHE_DIR: cacheDir,
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      stdio: 'ignore',
      // Its own process group, so that the dev server and the backend it starts end together.
      detached: true,
    },
  );
  for (let i = 0; i < 600; i++) {
    if (
      await fetch(`${origin}/admin/config.json`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('astro dev did not start');
}, 120_000);

afterAll(() => {
  if (dev?.pid) process.kill(-dev.pid, 'SIGTERM');
  rmSync(cacheDir, { recursive: true, force: true });
});

describe('/admin/ in npm run dev', () => {
  it('links entries to their pages on the dev server, where a draft chapter shows', async () => {
    const config = await (await fetch(`${origin}/admin/config.json`)).json();
    expect(config.site_url).toBe(`${origin}/`);
    const chapters = config.collections.find((c: { name: string }) => c.name === 'chapters-2091');
    const draft = `${config.site_url}${chapters.preview_path.replace('{{slug}}', 'unfinished')}`;
    const page = await fetch(draft);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('DRAFTONLY');
  });

  it('serves the editor’s page and modules, and starts the local backend on CMS_LOCAL_PORT', async () => {
    for (const name of ['', 'start.js', 'insert-snippet.js', 'registry-yaml.js', 'js-yaml.js', 'decap-cms.js']) {
      const response = await fetch(`${origin}/admin/${name}`);
      expect(response.status, name).toBe(200);
      expect(response.headers.get('content-type'), name).toMatch(name ? /^text\/javascript/ : /^text\/html/);
    }
    const backend = await fetch(`http://127.0.0.1:${backendPort}/api/v1`, { method: 'POST', body: '{}' });
    expect(await backend.json()).toEqual({ error: '"action" is required' });
  });
});
