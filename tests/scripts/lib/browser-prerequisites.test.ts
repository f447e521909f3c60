/** npm test on a machine without Chromium or the Japanese fonts: one message, before anything is built. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { missingForBrowserTests } from '../../../scripts/lib/browser.ts';

const APT = 'apt-get install -y --no-install-recommends chromium fonts-noto-cjk';

function fontDir(...files: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'lcwp-fonts-'));
  for (const file of files) {
    mkdirSync(join(dir, 'opentype/noto'), { recursive: true });
    writeFileSync(join(dir, 'opentype/noto', file), '');
  }
  return dir;
}

describe('browser test prerequisites', () => {
  it('name what is missing, the apt command and CHROMIUM_PATH', () => {
    const both = missingForBrowserTests({ chromiumPath: '/nowhere/chromium', fontDirs: [fontDir('DejaVuSans.ttf')] });
    expect(both).toContain('Chromium（/nowhere/chromium にありません）');
    expect(both).toContain('fonts-noto-cjk');
    expect(both).toContain(APT);
    expect(both).toContain('CHROMIUM_PATH=');
    const fontsOnly = missingForBrowserTests({ chromiumPath: process.execPath, fontDirs: [fontDir()] });
    expect(fontsOnly).not.toContain('Chromium（');
    expect(fontsOnly).toContain('Noto Sans CJK');
  });

  it('find nothing missing with a Chromium and Noto CJK fonts', () => {
    for (const font of ['NotoSansCJK-Regular.ttc', 'NotoSerifCJK-Bold.ttc']) {
      expect(missingForBrowserTests({ chromiumPath: process.execPath, fontDirs: ['/nowhere', fontDir(font)] })).toBe(
        '',
      );
    }
  });

  it('take Chromium from CHROMIUM_PATH', () => {
    const run = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "import { CHROMIUM_PATH } from './scripts/lib/browser.ts'; console.log(CHROMIUM_PATH);",
      ],
      { encoding: 'utf8', env: { ...process.env, CHROMIUM_PATH: '/opt/chromium/chrome' } },
    );
    expect(run.stdout.trim()).toBe('/opt/chromium/chrome');
  });

  it('stop the build, search and browser tests once, before building, without a stack trace', () => {
    const run = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--project', 'site'], {
      encoding: 'utf8',
      env: { ...process.env, CHROMIUM_PATH: '/nowhere/chromium', TEST_REUSE_BUILD: '' },
    });
    const output = run.stdout + run.stderr;
    expect(run.status).toBe(1);
    expect(output.split(APT)).toHaveLength(2);
    expect(output).toContain('CHROMIUM_PATH');
    expect(output).not.toMatch(/^\s+at |❯ .*:\d+:\d+|FAIL/m);
    expect(output).not.toContain('[build]');
  }, 60_000); // a child vitest: slow on a busy machine
});
