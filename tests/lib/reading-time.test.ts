import { describe, expect, it } from 'vitest';
import { countReadingCharacters, readingMinutes } from '../../src/lib/reading-time.ts';

describe('countReadingCharacters', () => {
  it('counts Japanese characters one by one and ignores whitespace', () => {
    expect(countReadingCharacters('地域と 働く\n未来')).toBe(7);
  });
  it('counts characters outside the BMP once', () => {
    expect(countReadingCharacters('𠮷野家')).toBe(3);
  });
});

describe('readingMinutes', () => {
  it('is about one minute per 500 characters', () => {
    expect(readingMinutes(1500)).toBe(3);
  });
  it('is at least one minute for any text, and zero for none', () => {
    expect(readingMinutes(40)).toBe(1);
    expect(readingMinutes(0)).toBe(0);
  });
});
