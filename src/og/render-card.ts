/**
 * Social card images (1200 × 630) drawn with sharp. Japanese text is set by Pango from Noto Sans
 * JP shipped in an npm package, never from the machine's fonts, so every build draws the same card.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import sharp from 'sharp';
import { wrapJapanese } from '../lib/wrap-japanese.ts';

const require = createRequire(import.meta.url);
const FONT_FILE = require.resolve('@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf');
const FONT = 'Noto Sans JP Bold';
const WIDTH = 1200;
const HEIGHT = 630;
// Beside Astro's own cache when a build names one (the benchmark does, to measure cold builds).
const CACHE_DIR = process.env.ASTRO_CACHE_DIR
  ? join(process.env.ASTRO_CACHE_DIR, 'lcwp-og')
  : join('node_modules', '.cache', 'lcwp-og');

export interface CardInput {
  /** Main line: the chapter or edition title. */
  title: string;
  /** Small line above the title, e.g. 2021年版・要約 (kept short and shared, so it is set once). */
  kicker: string;
  /** Edition accent colour, #rrggbb. */
  accent: string;
}

function escapeMarkup(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

// Kickers and the footer repeat across cards: set each distinct line once per build.
const setLines = new Map<string, Promise<Buffer>>();

function textImage(markup: string, width: number, height: number): Promise<Buffer> {
  const key = `${width}x${height}:${markup}`;
  let image = setLines.get(key);
  if (!image) {
    image = sharp({
      text: { text: markup, font: FONT, fontfile: FONT_FILE, width, height, rgba: true },
    })
      .png()
      .toBuffer();
    setLines.set(key, image);
  }
  return image;
}

async function draw({ title, kicker, accent }: CardInput): Promise<Buffer> {
  const background = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}">
    <rect width="${WIDTH}" height="${HEIGHT}" fill="#fbfaf6"/>
    <rect width="28" height="${HEIGHT}" fill="${accent}"/>
    <circle cx="${WIDTH - 120}" cy="${HEIGHT - 110}" r="220" fill="none" stroke="${accent}" stroke-opacity="0.14" stroke-width="2"/>
    <circle cx="${WIDTH - 120}" cy="${HEIGHT - 110}" r="150" fill="none" stroke="${accent}" stroke-opacity="0.2" stroke-width="2"/>
    <circle cx="${WIDTH - 120}" cy="${HEIGHT - 110}" r="80" fill="none" stroke="${accent}" stroke-opacity="0.28" stroke-width="3"/>
    <circle cx="${WIDTH - 120}" cy="${HEIGHT - 110}" r="12" fill="${accent}"/>
    <line x1="96" y1="${HEIGHT - 120}" x2="${WIDTH - 400}" y2="${HEIGHT - 120}" stroke="#d9d4c8" stroke-width="2"/>
  </svg>`);
  // Short titles large on two lines; longer ones smaller, up to three lines.
  const [size, perLine, maxLines, lineHeight] = [...title].length <= 26 ? [52, 13, 2, 92] : [42, 17, 3, 74];
  const lines = wrapJapanese(title, perLine, maxLines);
  const [kickerImage, footerImage, ...lineImages] = await Promise.all([
    textImage(`<span foreground="${accent}" size="28pt">${escapeMarkup(kicker)}</span>`, WIDTH - 200, 56),
    textImage(`<span foreground="#5f5a52" size="22pt">ローカルキャリア白書 ウェブ版</span>`, WIDTH - 400, 48),
    ...lines.map((line) => textImage(`<span foreground="#1f1d1a" size="${size}pt">${escapeMarkup(line)}</span>`, WIDTH - 220, lineHeight + 20)),
  ]);
  return sharp(background)
    .composite([
      { input: kickerImage, left: 96, top: 84 },
      ...lineImages.map((input, i) => ({ input, left: 96, top: 170 + i * lineHeight })),
      { input: footerImage, left: 96, top: HEIGHT - 98 },
    ])
    .png({ compressionLevel: 9, palette: true })
    .toBuffer();
}

/**
 * The card for `input`, from a cache keyed by its content: a build redraws only cards whose
 * title, kicker or colour changed.
 */
export async function renderCard(input: CardInput): Promise<Buffer> {
  const key = createHash('sha256').update(JSON.stringify([input.title, input.kicker, input.accent, FONT_FILE])).digest('hex').slice(0, 24);
  const cached = join(CACHE_DIR, `${key}.png`);
  try {
    return await readFile(cached);
  } catch {
    const png = await draw(input);
    await mkdir(CACHE_DIR, { recursive: true });
    await writeFile(cached, png);
    return png;
  }
}
