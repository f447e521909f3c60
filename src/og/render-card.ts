/**
 * Social card images (1200 × 630): text set by sharp (Pango, from Noto Sans JP shipped in an npm
 * package, never from the machine's fonts, so every build draws the same card), laid onto the
 * background here and written as PNG with Node's zlib (src/og/png.ts).
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import sharp, { type Sharp } from 'sharp';
import { blendOver, type RawImage } from './blend-over.ts';
import { encodeRgbPng } from './png.ts';
import { wrapJapanese } from './wrap-japanese.ts';

const require = createRequire(import.meta.url);
const FONT_FILE = require.resolve('@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf');
const FONT = 'Noto Sans JP Bold';
/** Bump when a change to draw() changes a card (its pixels or its bytes): the cache then draws every card anew. */
export const CARD_RENDERER_VERSION = 5;
const WIDTH = 1200;
const HEIGHT = 630;
// CARD_CACHE_DIR names the cache (CI keeps it outside node_modules/, which npm ci removes);
// otherwise it is beside Astro's own cache when a build names one (the benchmark does, to measure
// cold builds), else in node_modules/.cache/.
const CACHE_DIR =
  process.env.CARD_CACHE_DIR ||
  (process.env.ASTRO_CACHE_DIR
    ? join(process.env.ASTRO_CACHE_DIR, 'lcwp-og')
    : join('node_modules', '.cache', 'lcwp-og'));

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

/** Decoded pixels: the parts of a card are laid together as they are, never encoded and decoded again. */
async function pixels(image: Sharp, channels: RawImage['channels']): Promise<RawImage> {
  const shaped = channels === 4 ? image.ensureAlpha() : image.removeAlpha();
  const { data, info } = await shaped.raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels };
}

// The background (one per edition colour), kickers and the footer repeat across cards: make
// each once per build. Title lines differ per card and are not kept.
const shared = new Map<string, Promise<RawImage>>();

function once(key: string, make: () => Promise<RawImage>): Promise<RawImage> {
  let image = shared.get(key);
  if (!image) {
    image = make();
    shared.set(key, image);
  }
  return image;
}

/** One line of text. Only a wrap width: with a height too, sharp scales the text to fill the box. */
function textImage(markup: string, width: number): Promise<RawImage> {
  return pixels(sharp({ text: { text: markup, font: FONT, fontfile: FONT_FILE, width, rgba: true } }), 4);
}

/** Opaque, so the card is plain RGB. */
function background(accent: string): Promise<RawImage> {
  return once(`background:${accent}`, () =>
    pixels(
      sharp(
        Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}">
    <rect width="${WIDTH}" height="${HEIGHT}" fill="#fbfaf6"/>
    <rect width="28" height="${HEIGHT}" fill="${accent}"/>
    <circle cx="${WIDTH - 120}" cy="${HEIGHT - 110}" r="220" fill="none" stroke="${accent}" stroke-opacity="0.14" stroke-width="2"/>
    <circle cx="${WIDTH - 120}" cy="${HEIGHT - 110}" r="150" fill="none" stroke="${accent}" stroke-opacity="0.2" stroke-width="2"/>
    <circle cx="${WIDTH - 120}" cy="${HEIGHT - 110}" r="80" fill="none" stroke="${accent}" stroke-opacity="0.28" stroke-width="3"/>
    <circle cx="${WIDTH - 120}" cy="${HEIGHT - 110}" r="12" fill="${accent}"/>
    <line x1="96" y1="${HEIGHT - 120}" x2="${WIDTH - 400}" y2="${HEIGHT - 120}" stroke="#d9d4c8" stroke-width="2"/>
  </svg>`),
      ),
      3,
    ),
  );
}

/** The title's lines and their type size: short titles large on two lines, longer ones smaller on up to three. */
function layout(title: string): { lines: string[]; size: number; lineHeight: number } {
  const [size, perLine, maxLines, lineHeight] = [...title].length <= 26 ? [64, 13, 2, 96] : [52, 17, 3, 78];
  return { lines: wrapJapanese(title, perLine, maxLines), size, lineHeight };
}

/**
 * The card-sized canvas, reused: a new one for each card kept the garbage collector busy
 * (docs/benchmark.md). One is enough: a card is laid out and encoded without
 * an await in between.
 */
let canvas: Uint8Array | undefined;

async function draw(
  { kicker, accent }: CardInput,
  { lines, size, lineHeight }: ReturnType<typeof layout>,
): Promise<Buffer> {
  const kickerMarkup = `<span foreground="${accent}" size="34pt">${escapeMarkup(kicker)}</span>`;
  const [base, kickerImage, footerImage, ...lineImages] = await Promise.all([
    background(accent),
    once(kickerMarkup, () => textImage(kickerMarkup, WIDTH - 200)),
    once('footer', () =>
      textImage(`<span foreground="#5f5a52" size="28pt">ローカルキャリア白書 ウェブ版</span>`, WIDTH - 400),
    ),
    ...lines.map((line) =>
      textImage(`<span foreground="#1f1d1a" size="${size}pt">${escapeMarkup(line)}</span>`, WIDTH - 220),
    ),
  ]);
  canvas ??= new Uint8Array(base.data.length);
  const card = { ...base, data: canvas };
  card.data.set(base.data);
  blendOver(card, kickerImage, 96, 84);
  lineImages.forEach((line, i) => blendOver(card, line, 96, 170 + i * lineHeight));
  blendOver(card, footerImage, 96, HEIGHT - 98);
  // Node's zlib at level 3: less CPU than sharp's PNG writer at its level 4, for slightly larger
  // files (png.ts). Palette quantisation halved the file but cost many times the time, and a
  // thousand-chapter build draws a thousand cards; only link previews fetch them (docs/benchmark.md).
  return encodeRgbPng(card);
}

let fontDigest: Promise<string> | undefined;

/**
 * What besides the input decides a card: this renderer's version, the font file's bytes, the
 * libvips that sets the text and the zlib that packs the PNG. A change to any of them invalidates
 * every cached card.
 */
function rendererFingerprint(): Promise<string> {
  fontDigest ??= readFile(FONT_FILE).then((font) =>
    [
      CARD_RENDERER_VERSION,
      createHash('sha256').update(font).digest('hex'),
      sharp.versions.vips,
      process.versions.zlib,
    ].join(':'),
  );
  return fontDigest;
}

/**
 * The card for `input`, from a cache keyed by what is drawn: a build redraws only cards whose
 * title lines (so also a change in how titles are broken), kicker or colour changed, or every card
 * when the renderer or the font did. The cache lives in node_modules/.cache/ (the workflows keep it
 * between runs) and is shared by concurrent builds and by scripts/render-cards.ts, which fills it
 * alongside a build; a card is written under a temporary name and renamed, so a reader never sees
 * half a file.
 */
export async function renderCard(input: CardInput): Promise<Buffer> {
  const set = layout(input.title);
  const cached = await cachedCardPath(input, set);
  try {
    return await readFile(cached);
  } catch {
    const png = await draw(input, set);
    const partial = `${cached}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
    // The folder is made only when missing: a mkdir for each of a thousand cards cost 0.4 s of CPU.
    await writeFile(partial, png).catch(async (error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
      await mkdir(CACHE_DIR, { recursive: true });
      await writeFile(partial, png);
    });
    await rename(partial, cached);
    return png;
  }
}

/** Where the card for `input` is cached (the file may not exist yet). */
export async function cachedCardPath(input: CardInput, set = layout(input.title)): Promise<string> {
  const key = createHash('sha256')
    .update(JSON.stringify([await rendererFingerprint(), set, input.kicker, input.accent]))
    .digest('hex')
    .slice(0, 24);
  return join(CACHE_DIR, `${key}.png`);
}
