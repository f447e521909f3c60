import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  brokenUrls,
  formatLock,
  lockablePaths,
  LOCK_FILE,
  parseLock,
  redirectSources,
} from '../../../scripts/lib/published-urls.ts';

describe('the lock of published URLs', () => {
  it('round-trips sorted, unique paths under its header', () => {
    const text = formatLock(['/2021/b/', '/', '/2021/a/', '/']);
    expect(text.startsWith('# ')).toBe(true);
    expect(parseLock(text)).toEqual(['/', '/2021/a/', '/2021/b/']);
  });

  it('points to the publishing guide, in the header urls:lock writes and in the committed lock', () => {
    const header = formatLock([]);
    expect(header).toContain('docs/publishing.md「新しい版を公開する」');
    expect(readFileSync(LOCK_FILE, 'utf8').startsWith(header)).toBe(true);
  });

  it('locks every page but the error page', () => {
    expect(lockablePaths(['/', '/404.html', '/2021/'])).toEqual(['/', '/2021/']);
  });

  it('names each locked URL served neither as a page nor as a redirect', () => {
    const redirects = redirectSources(
      '# aliases\n/2021/old-slug/ /2021/new-slug/ 301\n\n/questions/old/  /questions/new/  301\n',
    );
    expect([...redirects]).toEqual(['/2021/old-slug/', '/questions/old/']);
    const locked = ['/', '/2021/old-slug/', '/2021/gone/', '/questions/old/', '/2019/'];
    expect(brokenUrls(locked, ['/', '/2019/', '/2021/new-slug/'], redirects)).toEqual(['/2021/gone/']);
  });
});
