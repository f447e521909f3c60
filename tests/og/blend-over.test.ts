import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { blendOver, type RawImage } from '../../src/og/blend-over.ts';
import { prng } from '../../scripts/lib/synthetic-corpus.ts';

function image(width: number, height: number, channels: 3 | 4, pixel: (i: number) => number): RawImage {
  return { data: Uint8Array.from({ length: width * height * channels }, (_, i) => pixel(i)), width, height, channels };
}

/** libvips' own "over", which the card renderer used before. */
async function composite(under: RawImage, over: RawImage, left: number, top: number): Promise<Uint8Array> {
  return sharp(under.data, { raw: under })
    .composite([{ input: Buffer.from(over.data), raw: over, left, top }])
    .removeAlpha()
    .raw()
    .toBuffer();
}

describe('blendOver', () => {
  it('gives what sharp composite gives, within one step of rounding, on 40 seeded random layers', async () => {
    const random = prng(7);
    const byte = () => Math.floor(random() * 256);
    let worst = 0;
    for (let n = 0; n < 40; n++) {
      const under = image(64, 48, 3, byte);
      // Text-like alpha: mostly clear or solid, with edges in between.
      const over = image(1 + Math.floor(random() * 40), 1 + Math.floor(random() * 30), 4, (i) =>
        i % 4 === 3 ? [0, 0, 255, byte()][Math.floor(random() * 4)] : byte(),
      );
      const left = Math.floor(random() * (under.width - over.width));
      const top = Math.floor(random() * (under.height - over.height));
      const expected = await composite(under, over, left, top);
      blendOver(under, over, left, top);
      for (let i = 0; i < expected.length; i++) worst = Math.max(worst, Math.abs(expected[i] - under.data[i]));
    }
    expect(worst).toBeLessThanOrEqual(1);
  });

  it('rounds each channel of (layer × alpha + below × (255 − alpha)) / 255 to the nearest, for every alpha', () => {
    const random = prng(3);
    const byte = () => Math.floor(random() * 256);
    for (let alpha = 0; alpha < 256; alpha++) {
      const under = image(16, 1, 3, byte);
      const over = image(16, 1, 4, (i) => (i % 4 === 3 ? alpha : byte()));
      const expected = [...under.data].map((below, i) => {
        const layer = over.data[Math.floor(i / 3) * 4 + (i % 3)];
        return Math.round((layer * alpha + below * (255 - alpha)) / 255);
      });
      blendOver(under, over, 0, 0);
      expect([...under.data]).toEqual(expected);
    }
  });

  it('leaves clear pixels as they were and puts solid ones as they are', () => {
    const under = image(2, 1, 3, () => 100);
    blendOver(under, { data: Uint8Array.of(9, 9, 9, 0, 200, 150, 50, 255), width: 2, height: 1, channels: 4 }, 0, 0);
    expect([...under.data]).toEqual([100, 100, 100, 200, 150, 50]);
  });

  it('leaves out what falls outside the image, on every side', () => {
    const under = image(3, 3, 3, () => 0);
    const over = image(2, 2, 4, () => 255);
    blendOver(under, over, -1, -1);
    blendOver(under, over, 2, 2);
    expect([...under.data].map((v) => v / 255)).toEqual([
      ...[1, 1, 1, 0, 0, 0, 0, 0, 0],
      ...[0, 0, 0, 0, 0, 0, 0, 0, 0],
      ...[0, 0, 0, 0, 0, 0, 1, 1, 1],
    ]);
  });

  it('refuses layers of the wrong kind, saying what it was given', () => {
    expect(() =>
      blendOver(
        image(1, 1, 4, () => 0),
        image(1, 1, 4, () => 0),
        0,
        0,
      ),
    ).toThrow(/4 と 4 チャンネル/);
  });
});
