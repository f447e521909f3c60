import { describe, expect, it } from 'vitest';
import { normaliseBase, paths, withBase } from '../../src/lib/urls.ts';

describe('normaliseBase', () => {
  it('gives / for an empty or root base', () => {
    expect(normaliseBase(undefined)).toBe('/');
    expect(normaliseBase('')).toBe('/');
    expect(normaliseBase('/')).toBe('/');
  });
  it('adds the missing slashes around a sub-path', () => {
    expect(normaliseBase('lcwp')).toBe('/lcwp/');
    expect(normaliseBase('/lcwp')).toBe('/lcwp/');
    expect(normaliseBase('/a/b/')).toBe('/a/b/');
  });
});

describe('withBase', () => {
  it('puts the base in front of site paths', () => {
    expect(withBase('/lcwp/', '/2021/')).toBe('/lcwp/2021/');
    expect(withBase('/', '/2021/intro/')).toBe('/2021/intro/');
  });
  it('keeps queries and fragments', () => {
    expect(withBase('/lcwp', '/search/?q=地域#top')).toBe('/lcwp/search/?q=地域#top');
  });
  it('leaves absolute URLs alone', () => {
    expect(withBase('/lcwp/', 'https://note.com/careerfor')).toBe('https://note.com/careerfor');
    expect(withBase('/lcwp/', 'mailto:a@example.org')).toBe('mailto:a@example.org');
  });
});

describe('paths', () => {
  it('gives directory-style URLs with a trailing slash', () => {
    expect(paths.chapter(2021, 'right-hand')).toBe('/2021/right-hand/');
    expect(paths.edition(2019)).toBe('/2019/');
    expect(paths.question('is-local-career-a-career')).toBe('/questions/is-local-career-a-career/');
  });
});

describe('press paths', () => {
  it('puts page 1 of the archive at /press/ and later pages under it', () => {
    expect(paths.pressList()).toBe('/press/');
    expect(paths.pressList(2)).toBe('/press/2/');
  });
});
