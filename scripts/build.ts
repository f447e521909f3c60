/**
 * `npm run build`: builds the site into a temporary folder beside the output folder and moves it
 * into place only when the whole build (Astro and its integrations, search index included)
 * succeeded. A failed build leaves the previous output untouched, so a deploy never picks up a
 * half-written site. The content check runs before this, as `prebuild`.
 *
 * ASTRO_OUT_DIR names the output folder (default dist/); extra arguments go to `astro build`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { setPriority } from 'node:os';
import { join, relative, resolve } from 'node:path';

const outDir = resolve(process.env.ASTRO_OUT_DIR || 'dist');
// Siblings of the output folder, so that the moves below stay on one filesystem.
const partial = `${outDir}.partial`;
const previous = `${outDir}.previous`;
const shown = relative(process.cwd(), outDir) || outDir;

/**
 * The environment minus the variables Vite reads as import.meta.env: a DEV variable of any value
 * (vitest sets DEV=1) makes import.meta.env.DEV true in a build, and DEV is what lets drafts in.
 */
function productionEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
  for (const key of ['DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL']) delete env[key];
  return env;
}

rmSync(partial, { recursive: true, force: true });
const started = performance.now();
// The social cards are drawn alongside, at low priority, into the cache the /og/ route reads
// (scripts/render-cards.ts). It only saves time: the route draws any card not there yet.
const cards = spawn(process.execPath, [join('scripts', 'render-cards.ts')], {
  stdio: ['ignore', 'ignore', 'ignore'],
  env: productionEnv(),
});
cards.on('error', () => {}); // Only a lost speed-up: the route draws every card itself.
if (cards.pid) setPriority(cards.pid, 10);
const astro = spawnSync(
  process.execPath,
  [join('node_modules', 'astro', 'bin', 'astro.mjs'), 'build', ...process.argv.slice(2)],
  {
    stdio: 'inherit',
    env: { ...productionEnv(), ASTRO_TELEMETRY_DISABLED: '1', ASTRO_OUT_DIR: partial },
  },
);
if (astro.status !== 0) {
  cards.kill();
  rmSync(partial, { recursive: true, force: true });
  console.error(
    `\nビルドに失敗しました。${shown}/ は前のままです（書きかけのサイトは残していません）。` +
      '上のメッセージの「ファイル › 欄: 直し方」を直してから、もう一度 npm run build してください。',
  );
  process.exit(astro.status ?? 1);
}
// The route has drawn whatever the step had not: it only has to find them cached and exit. Killing
// it could leave a half-written temporary file in the cache.
await new Promise<void>((done) => {
  const timer = setTimeout(() => {
    cards.kill();
    done();
  }, 10_000);
  const finish = () => {
    clearTimeout(timer);
    done();
  };
  cards.once('exit', finish);
  cards.once('error', finish);
});
rmSync(previous, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(partial, outDir);
rmSync(previous, { recursive: true, force: true });
console.log(`${shown}/ に書き出しました（${Math.round(performance.now() - started)} ms）。`);
