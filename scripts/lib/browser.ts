/** Headless Chromium from Debian's package, driven by playwright-core (no browser download). */
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Where fontconfig looks for fonts on Debian, system-wide and per user. */
export const FONT_DIRS = [
  '/usr/share/fonts',
  '/usr/local/share/fonts',
  join(homedir(), '.local/share/fonts'),
  join(homedir(), '.fonts'),
];

/** Noto Sans/Serif CJK, as Debian's fonts-noto-cjk installs them (the site's Japanese fonts). */
const CJK_FONT = /^Noto(Sans|Serif)CJK/i;

function hasFont(dir: string, pattern: RegExp): boolean {
  if (!existsSync(dir)) return false;
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).some((path) => pattern.test(path.split('/').pop()!));
}

/**
 * What the browser tests need and this machine lacks, as one message (empty when nothing is
 * missing): Chromium at CHROMIUM_PATH and the Japanese fonts, with how to install them.
 */
export function missingForBrowserTests({ chromiumPath = CHROMIUM_PATH, fontDirs = FONT_DIRS } = {}): string {
  const missing = [
    ...(existsSync(chromiumPath) ? [] : [`Chromium（${chromiumPath} にありません）`]),
    ...(fontDirs.some((dir) => hasFont(dir, CJK_FONT)) ? [] : ['日本語フォント Noto Sans CJK（fonts-noto-cjk）']),
  ];
  if (missing.length === 0) return '';
  return [
    `ブラウザのテストに必要なものがこのマシンにありません: ${missing.join('、')}。`,
    'Debian・Ubuntu では次のコマンドで入れてから、もう一度 npm test を実行してください:',
    '  sudo apt-get install -y --no-install-recommends chromium fonts-noto-cjk',
    `Chromium が別の場所にあるなら、その場所を CHROMIUM_PATH で教えてください（例: CHROMIUM_PATH=/usr/bin/chromium-browser npm test）。`,
    'ブラウザなしで単体テストだけを動かすなら: npx vitest run --project unit',
  ].join('\n');
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
    ],
  });
}
