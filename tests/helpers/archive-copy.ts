/**
 * A copy of the project as a downloaded archive has it: the tracked files, no .git and nothing the
 * tools write (.gitignore's folders). node_modules is linked, as `npm ci` would have filled it.
 */
import { cpSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';

export function archiveCopy(): string {
  const ignored = new Set(
    ['.git', ...readFileSync('.gitignore', 'utf8').split('\n')]
      .map((line) => line.trim().replace(/^\/|\/$/g, ''))
      .filter((line) => line && !line.includes('*')),
  );
  const dir = join(mkdtempSync(join(tmpdir(), 'lcwp-archive-')), 'local-career-white-paper');
  cpSync('.', dir, { recursive: true, filter: (source) => !ignored.has(basename(source)) });
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}
