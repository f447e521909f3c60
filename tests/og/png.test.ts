import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { RawImage } from '../../src/og/blend-over.ts';
import { encodeRgbPng } from '../../src/og/png.ts';
import { prng } from '../../scripts/lib/synthetic-corpus.ts';

function rgb(width: number, height: number, pixel: (i: number) => number): RawImage {
  return { data: Uint8Array.from({ length: width * height * 3 }, (_, i) => pixel(i)), width, height, channels: 3 };
}

async function decoded(png: Buffer): Promise<{ pixels: Uint8Array; width: number; height: number; format?: string }> {
  const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
  const { format } = await sharp(png).metadata();
  expect(info.channels).toBe(3);
  return { pixels: new Uint8Array(data), width: info.width, height: info.height, format };
}

describe('encodeRgbPng', () => {
  it('gives back the same pixels when decoded, on 30 seeded random images of every shape', async () => {
    const random = prng(11);
    for (let n = 0; n < 30; n++) {
      const width = 1 + Math.floor(random() * 70);
      const height = 1 + Math.floor(random() * 40);
      // Flat runs and noise, as on a card: runs compress, noise is stored.
      const image = rgb(width, height, (i) => (random() < 0.7 ? 250 - (i % 3) : Math.floor(random() * 256)));
      const level = Math.floor(random() * 10);
      const back = await decoded(encodeRgbPng(image, level));
      expect({ ...back, pixels: [...back.pixels] }).toEqual({
        pixels: [...image.data],
        width,
        height,
        format: 'png',
      });
    }
  });

  it('writes each image whole after one of another shape with as many bytes of rows', async () => {
    // (5 × 3 + 1) × 2 = (1 × 3 + 1) × 8: the rows of the second start where the first had pixels.
    const wide = rgb(5, 2, () => 255);
    const tall = rgb(1, 8, (i) => i * 10);
    encodeRgbPng(wide);
    expect([...(await decoded(encodeRgbPng(tall))).pixels]).toEqual([...tall.data]);
  });

  it('packs a card of flat colour into under 1 % of its pixels’ bytes', () => {
    expect(encodeRgbPng(rgb(1200, 630, () => 200)).length).toBeLessThan((1200 * 630 * 3) / 100);
  });

  it('refuses pixels that are not RGB of the stated size, saying what it was given', () => {
    expect(() => encodeRgbPng({ data: new Uint8Array(16), width: 2, height: 2, channels: 4 })).toThrow(
      /4 チャンネル、16 バイト/,
    );
    expect(() => encodeRgbPng({ data: new Uint8Array(11), width: 2, height: 2, channels: 3 })).toThrow(
      /2 × 2 の RGB（12 バイト）/,
    );
  });
});
