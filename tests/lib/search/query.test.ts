import { describe, expect, it } from 'vitest';
import {
  halfWidthAlphanumerics,
  normaliseQuery,
  querySegmentedTerms,
  readSearchState,
  searchTypeLabel,
  writeSearchState,
} from '../../../src/lib/search/query.ts';

describe('normaliseQuery', () => {
  it('folds full-width Latin letters, digits and signs to half-width', () => {
    expect(normaliseQuery('ＨＥＬＩＸ')).toBe('HELIX');
    expect(normaliseQuery('２０２１')).toBe('2021');
    expect(normaliseQuery('Ｇ－ｎｅｔ')).toBe('G-net');
  });
  it('folds half-width katakana to full-width', () => {
    expect(normaliseQuery('ﾐｷﾞｳﾃﾞ')).toBe('ミギウデ');
  });
  it('turns ideographic and repeated spaces into one space and trims', () => {
    expect(normaliseQuery('　釜石　　雲南 ')).toBe('釜石 雲南');
  });
  it('leaves Japanese text as it is', () => {
    expect(normaliseQuery('ローカルキャリア準備室')).toBe('ローカルキャリア準備室');
  });
});

describe('halfWidthAlphanumerics', () => {
  it('folds only full-width letters and digits', () => {
    expect(halfWidthAlphanumerics('白書２０２１（ＨＥＬＩＸ）')).toBe('白書2021（HELIX）');
  });
});

describe('querySegmentedTerms', () => {
  it('splits terms into words as the search box splits a query, one space apart', () => {
    const words = querySegmentedTerms(['地方短期副業']).split(' ');
    const query = [...new Intl.Segmenter('ja', { granularity: 'word' }).segment('地方短期副業')].map((s) => s.segment);
    expect(words).toEqual(query);
  });
  it('drops punctuation and folds full-width letters', () => {
    expect(querySegmentedTerms(['（ＨＥＬＩＸ）'])).toBe('HELIX');
  });
  it('gives an empty string for no terms', () => {
    expect(querySegmentedTerms([])).toBe('');
  });
});

describe('search state in the URL', () => {
  it('reads a query and an edition, as from an edition page', () => {
    expect(readSearchState('?q=%EF%BC%A8%EF%BC%A5%EF%BC%AC%EF%BC%A9%EF%BC%B8&edition=2021')).toEqual({
      q: 'HELIX',
      edition: '2021',
      type: undefined,
    });
  });
  it('drops an edition that is not a year and an unknown type', () => {
    expect(readSearchState('?q=a&edition=latest&type=blog')).toEqual({
      q: 'a',
      edition: undefined,
      type: undefined,
    });
  });
  it('reads a full-width year as the year', () => {
    expect(readSearchState('?edition=２０２０').edition).toBe('2020');
  });
  it('writes only what is set, and reads back what it wrote', () => {
    expect(writeSearchState({ q: '' })).toBe('');
    const written = writeSearchState({
      q: '釜石',
      edition: '2019',
      type: 'chapter',
    });
    expect(written).toBe('?q=%E9%87%9C%E7%9F%B3&edition=2019&type=chapter');
    expect(readSearchState(written)).toEqual({
      q: '釜石',
      edition: '2019',
      type: 'chapter',
    });
  });
});

describe('searchTypeLabel', () => {
  it('names page types in Japanese and passes unknown ones through', () => {
    expect(searchTypeLabel('chapter')).toBe('章');
    expect(searchTypeLabel('press')).toBe('プレスリリース');
    expect(searchTypeLabel('other')).toBe('other');
  });
});
