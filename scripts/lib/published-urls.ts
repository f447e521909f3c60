/**
 * Frozen URLs. content/published-urls.txt lists every page of the production build; once a URL
 * is in it, a later build must still serve it, as a page or as a redirect.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

export const LOCK_FILE = 'content/published-urls.txt';

/** Every HTML page of a build as a site path without the base, e.g. `/2021/introduction/` or `/404.html`. */
export function pagePaths(outDir: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = join(dir, entry.name);
      // /admin/ is the browser editor (src/integrations/admin.ts), not a page readers are given.
      if (entry.isDirectory()) return dir === outDir && entry.name === 'admin' ? [] : walk(full);
      return entry.name.endsWith('.html') ? [full] : [];
    });
  return walk(outDir)
    .map((file) => '/' + relative(outDir, file).replace(/\\/g, '/'))
    .map((path) => path.replace(/index\.html$/, ''))
    .sort();
}

/** The pages a lock holds: all of them but the error page, which no one links to. */
export function lockablePaths(pages: readonly string[]): string[] {
  return pages.filter((path) => path !== '/404.html');
}

const HEADER = [
  '# 公開済みの URL（サイトの基準パス SITE_BASE を除く）。ここにある URL は、ページか転送として必ず残します。',
  '# 手で編集せず、新しい版や章を公開したときに npm run urls:lock で書き直してください。',
  '# 章の URL を変えるときは、その章の redirect_from に古いパスを書きます（docs/publishing.md「新しい版を公開する」）。',
];

export function formatLock(paths: readonly string[]): string {
  return [...HEADER, ...[...new Set(paths)].sort()].join('\n') + '\n';
}

export function parseLock(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
}

/** Old paths that `_redirects` (`/from /to 301` a line) sends elsewhere. */
export function redirectSources(redirects: string): Set<string> {
  return new Set(
    redirects
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#'))
      .map((line) => line.split(/\s+/)[0]),
  );
}

/** Locked URLs that the build serves neither as a page nor as a redirect. */
export function brokenUrls(locked: readonly string[], pages: Iterable<string>, redirects: Set<string>): string[] {
  const served = new Set(pages);
  return locked.filter((path) => !served.has(path) && !redirects.has(path));
}
