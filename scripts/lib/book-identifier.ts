/**
 * The EPUB's identifier (`dc:identifier`): the same for an edition in every build, so that an
 * e-reader takes a new download of the 2021 edition for the same book, not for another one
 * (Vivliostyle writes a new random UUID each time). A name-based UUID (RFC 9562, version 5).
 */
import { createHash } from 'node:crypto';

/** RFC 9562's namespace for names that are URLs. */
export const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

/** The version 5 UUID of `name` in `namespace`: SHA-1 of the two, with the version and variant bits set. */
export function uuidV5(name: string, namespace: string): string {
  const bytes = createHash('sha1')
    .update(Buffer.from(namespace.replaceAll('-', ''), 'hex'))
    .update(name, 'utf8')
    .digest()
    .subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20), hex.slice(20)].join('-');
}

/** `urn:uuid:…` for the book of edition `year`, named by its file's stem (`lcwp-2021`). */
export function bookIdentifier(year: number): string {
  return `urn:uuid:${uuidV5(`lcwp-${year}`, URL_NAMESPACE)}`;
}
