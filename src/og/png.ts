/**
 * A PNG file of opaque 8-bit RGB pixels, written with Node's own zlib. The social cards are mostly
 * flat colour with anti-aliased text: at level 3 (zlib's fast matching) a 1200 × 630 card takes
 * less CPU than sharp's PNG writer at its level 4, for files a little larger (docs/benchmark.md).
 * Rows are stored unfiltered (filter type 0), as sharp wrote them without adaptive filtering; the
 * pixels are the same.
 */
import { crc32, deflateSync } from 'node:zlib';
import type { RawImage } from './blend-over.ts';

const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);

/** One chunk: length, type, data and the CRC of type and data. */
function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** The rows of the last image, reused: a new card-sized buffer for each card made the card step slower than sharp. */
let scratch: Buffer | undefined;

/** `image` (3 channels) as a PNG file; `level` is zlib's, 0–9. */
export function encodeRgbPng({ data, width, height, channels }: RawImage, level = 3): Buffer {
  if (channels !== 3 || data.length !== width * height * 3) {
    throw new Error(
      `encodeRgbPng: ${width} × ${height} の RGB（${width * height * 3} バイト）を渡してください` +
        `（${channels} チャンネル、${data.length} バイトが渡されました）。`,
    );
  }
  const row = width * 3;
  if (scratch?.length !== (row + 1) * height) scratch = Buffer.allocUnsafe((row + 1) * height);
  const rows = scratch;
  // Each row behind its filter byte, 0 (none).
  for (let y = 0; y < height; y++) {
    rows[y * (row + 1)] = 0;
    rows.set(data.subarray(y * row, (y + 1) * row), y * (row + 1) + 1);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  // Bit depth 8, colour type 2 (RGB), deflate, adaptive filtering method, no interlace.
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level })),
    chunk('IEND', new Uint8Array()),
  ]);
}
