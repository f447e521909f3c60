/**
 * `npm run urls:lock`: builds the site as production would (no drafts, at the root) and writes
 * every page's URL to content/published-urls.txt. Run it on purpose, when publishing an edition or
 * a chapter; the tests then keep each of those URLs alive.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatLock, lockablePaths, LOCK_FILE, pagePaths, parseLock } from './lib/published-urls.ts';

const outDir = resolve('.tmp/urls-lock');
const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_OUT_DIR: outDir };
// The lock must hold what production publishes, whatever this shell has set.
delete env.PREVIEW_DRAFTS;
delete env.SITE_BASE;
delete env.CONTENT_DIR;
const build = spawnSync(process.execPath, ['scripts/build.ts'], { stdio: ['ignore', 'ignore', 'inherit'], env });
if (build.status !== 0) {
  console.error('ビルドに失敗したので、URL のロックは書き換えていません。');
  process.exit(1);
}

const before = existsSync(LOCK_FILE) ? parseLock(readFileSync(LOCK_FILE, 'utf8')) : [];
const after = lockablePaths(pagePaths(outDir));
const added = after.filter((p) => !before.includes(p));
const dropped = before.filter((p) => !after.includes(p));
writeFileSync(LOCK_FILE, formatLock(after));
console.log(`${LOCK_FILE} を書きました（${after.length} 件、追加 ${added.length} 件、削除 ${dropped.length} 件）。`);
for (const p of added) console.log(`  + ${p}`);
if (dropped.length) {
  console.warn('次の URL は公開済みでしたが、いまのビルドにないためロックから外しました。外部からのリンクが切れます。');
  console.warn('残すべき URL なら、この変更を取り消し、移った先の章の redirect_from に古いパスを書いてください。');
  for (const p of dropped) console.warn(`  - ${p}`);
}
