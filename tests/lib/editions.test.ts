import { describe, expect, it } from 'vitest';
import { accentFor, isVisible, newestFirst, yearFromId } from '../../src/lib/editions.ts';

describe('accentFor', () => {
  it('gives each known edition its own colour', () => {
    const colours = [2019, 2020, 2021].map((y) => accentFor(y));
    expect(new Set(colours).size).toBe(3);
  });
  it('prefers the colour set in front matter', () => {
    expect(accentFor(2021, '#123456')).toBe('#123456');
  });
  it('gives a later edition a colour from the fallback palette', () => {
    expect(accentFor(2030)).toMatch(/^#[0-9a-f]{6}$/);
  });
});

describe('yearFromId', () => {
  it('reads the year folder of an entry id', () => {
    expect(yearFromId('2021')).toBe(2021);
    expect(yearFromId('2019/why-regions')).toBe(2019);
  });
  it('rejects a folder that is not a year, saying how to name it', () => {
    expect(() => yearFromId('latest/intro')).toThrow(/4桁の年/);
  });
});

describe('newestFirst', () => {
  it('orders editions from the newest year', () => {
    expect(newestFirst([{ year: 2019 }, { year: 2021 }, { year: 2020 }]).map((e) => e.year)).toEqual([
      2021, 2020, 2019,
    ]);
  });
});

describe('isVisible', () => {
  it('hides drafts and draft editions unless drafts are included', () => {
    expect(isVisible({ draft: true }, false)).toBe(false);
    expect(isVisible({ status: 'draft' }, false)).toBe(false);
    expect(isVisible({ draft: true }, true)).toBe(true);
    expect(isVisible({ draft: false, status: 'published' }, false)).toBe(true);
  });
});
