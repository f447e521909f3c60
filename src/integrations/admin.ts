/**
 * The browser editor at /admin/ (Decap CMS, docs/editing.md「ブラウザで編集する（/admin/）」): after the build it
 * writes dist/admin/ — the page, the configuration made from the schemas and registries
 * (src/lib/admin/cms-config.ts) and the CMS's own script, served by the site itself. In
 * `npm run dev` it serves the same files and starts the local backend (decap-server) that writes
 * to the files of this clone. `ADMIN=off`, or a machine without the decap-cms package, builds the
 * site without it.
 */
import type { AstroIntegration } from 'astro';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { connect } from 'node:net';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import yaml from 'js-yaml';
import { adminPage } from '../lib/admin/admin-page.ts';
import { cmsConfig, type Registries, type RegistryChoice } from '../lib/admin/cms-config.ts';
import { previewSiteUrl } from '../lib/admin/preview-url.ts';
import { isVisible } from '../lib/editions.ts';

/** The local backend's port; CMS_LOCAL_PORT moves it (e.g. when 8081 is taken). */
export const localPort = () => Number(process.env.CMS_LOCAL_PORT || 8081);

/** The installed CMS bundle, or undefined when the package is not installed. */
export function cmsBundle(): string | undefined {
  try {
    return createRequire(import.meta.url).resolve('decap-cms/dist/decap-cms.js');
  } catch {
    return undefined;
  }
}

function registry(contentDir: string, name: string): RegistryChoice[] {
  const entries = (yaml.load(readFileSync(join(contentDir, `${name}.yaml`), 'utf8')) ?? []) as {
    id: string;
    title?: string;
    name?: string;
  }[];
  return entries.map((entry) => ({ id: entry.id, label: entry.title ?? entry.name ?? entry.id }));
}

/** Whether an edition folder's index file says it shows in this build (a draft edition only with drafts). */
function editionVisible(dir: string, includeDrafts: boolean): boolean {
  const index = ['index.mdx', 'index.md'].map((f) => join(dir, f)).find((f) => existsSync(f));
  return !index || isVisible(parseFrontmatter(readFileSync(index, 'utf8')).frontmatter, includeDrafts);
}

/**
 * The configuration for a content folder (the years and registries read from it). A production
 * build's configuration, which anyone can read at /admin/config.json, names no draft edition, as
 * no other file of that build does; `npm run dev` and preview builds list them (includeDrafts).
 */
export function configFor(contentDir: string, siteUrl: string, includeDrafts = true): Record<string, unknown> {
  const years = readdirSync(join(contentDir, 'editions'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && /^\d{4}$/.test(entry.name))
    .filter((entry) => editionVisible(join(contentDir, 'editions', entry.name), includeDrafts))
    .map((entry) => Number(entry.name));
  const registries: Registries = {
    questions: registry(contentDir, 'questions'),
    signs: registry(contentDir, 'signs'),
    regions: registry(contentDir, 'regions'),
    people: registry(contentDir, 'people'),
  };
  return cmsConfig({
    years,
    registries,
    repo: process.env.CMS_REPO || undefined,
    branch: process.env.CMS_BRANCH || undefined,
    authUrl: process.env.CMS_AUTH_URL || undefined,
    siteUrl,
    localBackendUrl: `http://127.0.0.1:${localPort()}/api/v1`,
    contentPath: relative(process.cwd(), contentDir).split('\\').join('/') || '.',
  });
}

/**
 * A module of src/lib/admin/ as the editor's page loads it (with import()): its types stripped.
 * It must import nothing at run time, as the browser would not find a .ts file.
 */
export function browserModule(name: string): string {
  const ts = createRequire(import.meta.url)('typescript') as typeof import('typescript');
  const path = fileURLToPath(new URL(`../lib/admin/${name}.ts`, import.meta.url));
  const { outputText } = ts.transpileModule(readFileSync(path, 'utf8'), {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
  });
  if (/^\s*(import|export)\s[^;]*\sfrom\s/m.test(outputText)) {
    throw new Error(
      `${relative(process.cwd(), path)} は /admin/ のページが読むので、型のほかは何も import できません。`,
    );
  }
  return outputText;
}

/** js-yaml's ES module, the one file of the package the browser loads (it imports nothing). */
const jsYamlModule = () =>
  join(dirname(createRequire(import.meta.url).resolve('js-yaml/package.json')), 'dist/js-yaml.mjs');

/** The files of /admin/ this site writes: name → its contents, made when asked for. */
function adminFiles(contentDir: string, siteUrl: string, includeDrafts: boolean): Record<string, () => string> {
  return {
    'index.html': adminPage,
    'start.js': () => readFileSync(new URL('./admin-start.js', import.meta.url), 'utf8'),
    'config.json': () => JSON.stringify(configFor(contentDir, siteUrl, includeDrafts), null, 2),
    'insert-snippet.js': () => browserModule('insert-snippet'),
    'registry-yaml.js': () => browserModule('registry-yaml'),
    // The registries' YAML library, the same js-yaml the site reads them with (its ES module build).
    'js-yaml.js': () => readFileSync(jsYamlModule(), 'utf8'),
  };
}

/** The CMS's own files: its script, the chunks it loads on demand and their WebAssembly. */
function cmsFiles(bundle: string): string[] {
  return readdirSync(dirname(bundle)).filter(
    (name) => /^(\d+\.)?decap-cms\.js$/.test(name) || name.endsWith('.wasm') || name === 'decap-cms.js.LICENSE.txt',
  );
}

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  json: 'application/json',
  wasm: 'application/wasm',
  txt: 'text/plain; charset=utf-8',
};

const listening = (port: number) =>
  new Promise<boolean>((done) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.end(), done(true)));
    socket.once('error', () => done(false));
  });

export function admin(): AstroIntegration {
  const contentDir = resolve((process.env.CONTENT_DIR ?? './content').replace(/\/+$/, ''));
  const bundle = cmsBundle();
  const enabled = process.env.ADMIN !== 'off' && bundle !== undefined;
  let siteUrl = '';
  let backend: ChildProcess | undefined;
  return {
    name: 'lcwp-admin',
    hooks: {
      'astro:config:done': ({ config, logger }) => {
        siteUrl = new URL(config.base, config.site).href;
        if (process.env.ADMIN !== 'off' && !bundle) {
          logger.warn('decap-cms が入っていないので /admin/（ブラウザのエディター）は作りません。npm ci で入ります。');
        }
      },
      'astro:server:setup': async ({ server, logger }) => {
        if (!enabled) return;
        const base = server.config.base.replace(/\/$/, '');
        server.middlewares.use((request, response, next) => {
          const path = new URL(request.url ?? '/', 'http://localhost').pathname;
          if (!path.startsWith(`${base}/admin/`)) return next();
          const name = path.slice(`${base}/admin/`.length) || 'index.html';
          // Entries link to their pages on this dev server, as the editor reached it (drafts show here).
          const devUrl = `http://${request.headers.host ?? `localhost:${server.config.server.port}`}${base}/`;
          const own = adminFiles(contentDir, previewSiteUrl({ siteUrl, devUrl }), true)[name]?.();
          const cms = cmsFiles(bundle!).includes(name) ? readFileSync(join(dirname(bundle!), name)) : undefined;
          if (own === undefined && cms === undefined) return next();
          response.setHeader('Content-Type', TYPES[name.split('.').pop()!] ?? 'application/octet-stream');
          response.end(own ?? cms);
        });
        const port = localPort();
        if (await listening(port)) {
          logger.info(`エディターのローカル保存先は http://127.0.0.1:${port}/ で動いているものを使います。`);
          return;
        }
        const entry = createRequire(import.meta.url).resolve('decap-server/dist/index.js');
        backend = spawn(process.execPath, [entry], {
          env: {
            ...process.env,
            MODE: 'fs',
            BIND_HOST: '127.0.0.1',
            PORT: String(port),
            GIT_REPO_DIRECTORY: process.cwd(),
          },
          stdio: 'ignore',
        });
        server.httpServer?.once('close', () => backend?.kill());
        process.once('exit', () => backend?.kill());
        logger.info(`ブラウザのエディター: /admin/（保存はこのフォルダのファイルへ。ポート ${port}）`);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!enabled) return;
        const out = join(fileURLToPath(dir), 'admin');
        await mkdir(out, { recursive: true });
        const includeDrafts = process.env.PREVIEW_DRAFTS === '1';
        const previewUrl = previewSiteUrl({ siteUrl, override: process.env.CMS_PREVIEW_URL });
        for (const [name, make] of Object.entries(adminFiles(contentDir, previewUrl, includeDrafts))) {
          await writeFile(join(out, name), make());
        }
        for (const name of cmsFiles(bundle!)) await copyFile(join(dirname(bundle!), name), join(out, name));
        logger.info('ブラウザのエディターを /admin/ に書きました。');
      },
    },
  };
}
