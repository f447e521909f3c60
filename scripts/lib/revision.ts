/**
 * The commit a working tree is at, for the benchmark's records. A copy without .git (a downloaded
 * archive) or a machine without git has none: that is said, and nothing else depends on git.
 */
import { execFileSync } from 'node:child_process';
import { realpathSync } from 'node:fs';

export const NO_REVISION = 'unknown (no .git)';

export function revision(dir = process.cwd()): string {
  try {
    const [top, commit] = execFileSync('git', ['rev-parse', '--show-toplevel', '--short', 'HEAD'], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .trim()
      .split('\n');
    // A copy unpacked inside another repository must not report that repository's commit.
    return realpathSync(top) === realpathSync(dir) ? commit : NO_REVISION;
  } catch {
    return NO_REVISION;
  }
}
