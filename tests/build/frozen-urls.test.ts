import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brokenUrls, LOCK_FILE, parseLock, redirectSources } from '../../scripts/lib/published-urls.ts';
import { BUILDS } from '../helpers/builds.ts';
import { allPages } from '../helpers/site.ts';

const locked = parseLock(readFileSync(LOCK_FILE, 'utf8'));
const redirectsFile = join(BUILDS.root.outDir, '_redirects');
const redirects = redirectSources(existsSync(redirectsFile) ? readFileSync(redirectsFile, 'utf8') : '');

describe('frozen URLs (content/published-urls.txt)', () => {
  it('are all still served, as a page or a redirect', () => {
    const broken = brokenUrls(locked, allPages('root'), redirects);
    expect(
      broken,
      `公開済みの URL が消えています: ${broken.join(' ')}。章の名前を変えたなら、その章の redirect_from に古いパスを書いてください。` +
        '本当に消すなら npm run urls:lock でロックを書き直してください。',
    ).toEqual([]);
  });

  it('include every published edition, chapter and press release of the build', () => {
    // The publishing contract: a new edition is not finished until its URLs are locked.
    const contract = allPages('root').filter((p) => /^\/(\d{4}|press)\//.test(p) && !redirects.has(p));
    const unlocked = contract.filter((p) => !locked.includes(p));
    expect(
      unlocked,
      `ロックにない公開ページがあります: ${unlocked.join(' ')}。npm run urls:lock を実行してください。`,
    ).toEqual([]);
  });
});
