/**
 * Reading time for Japanese text, counted in characters rather than words: a common figure for
 * silent reading of Japanese prose is about 500 characters a minute.
 */
export const CHARACTERS_PER_MINUTE = 500;

/** Characters that count towards reading: everything but whitespace. */
export function countReadingCharacters(text: string): number {
  return [...text.replace(/\s+/gu, '')].length;
}

/** Whole minutes, at least 1 for any non-empty text. */
export function readingMinutes(characters: number): number {
  return characters === 0 ? 0 : Math.max(1, Math.round(characters / CHARACTERS_PER_MINUTE));
}
