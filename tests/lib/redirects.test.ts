import { describe, expect, it } from 'vitest';
import {
  collectRedirects,
  normalisePath,
  redirectProblems,
  redirectsFile,
  type RedirectInput,
} from '../../src/lib/redirects.ts';
import { contentPaths } from '../../src/lib/urls.ts';

const input: RedirectInput = {
  registries: [
    {
      name: 'questions',
      file: 'content/questions.yaml',
      entries: [{ id: 'new-q', aliases: ['old-q'] }, { id: 'other' }],
    },
    { name: 'regions', file: 'content/regions.yaml', entries: [{ id: 'gifu', aliases: ['seki'] }] },
  ],
  chapters: [
    {
      year: 2021,
      slug: 'intro',
      file: 'content/editions/2021/intro.mdx',
      redirect_from: ['/2021/hajimeni', '/old/intro/'],
    },
  ],
};
const live = contentPaths({
  years: [2021],
  chapters: [{ year: 2021, slug: 'intro' }],
  registries: [
    { name: 'questions', ids: ['new-q', 'other'] },
    { name: 'regions', ids: ['gifu'] },
  ],
});

describe('collectRedirects', () => {
  it('turns aliases and redirect_from into one sorted list of old → new paths', () => {
    expect(collectRedirects(input).map((r) => `${r.from} → ${r.to}`)).toEqual([
      '/2021/hajimeni/ → /2021/intro/',
      '/old/intro/ → /2021/intro/',
      '/questions/old-q/ → /questions/new-q/',
      '/questions/old-q/compare/ → /questions/new-q/compare/',
      '/regions/seki/ → /regions/gifu/',
    ]);
  });
  it('says which file and field declare each redirect', () => {
    const seki = collectRedirects(input).find((r) => r.from === '/regions/seki/');
    expect(seki).toMatchObject({ file: 'content/regions.yaml', field: 'gifu.aliases' });
  });
});

describe('normalisePath', () => {
  it('gives the directory form with leading and trailing slash', () => {
    expect(normalisePath('/2021/old')).toBe('/2021/old/');
    expect(normalisePath('2021/old/')).toBe('/2021/old/');
  });
});

describe('redirectProblems', () => {
  it('accepts redirects from unused paths to live pages', () => {
    expect(redirectProblems(collectRedirects(input), live)).toEqual([]);
  });
  it('rejects an old path that is a live page, naming the file and field', () => {
    const shadowing = collectRedirects({
      ...input,
      chapters: [
        { year: 2021, slug: 'intro', file: 'content/editions/2021/intro.mdx', redirect_from: ['/questions/other/'] },
      ],
    });
    const problems = redirectProblems(shadowing, live);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/editions/2021/intro.mdx', field: 'redirect_from' });
    expect(problems[0].message).toContain('「/questions/other/」には今も公開中のページがあります');
  });
  it('rejects a redirect to a page that does not exist', () => {
    const problems = redirectProblems(
      [{ from: '/old/', to: '/2021/draft/', file: 'f.mdx', field: 'redirect_from' }],
      live,
    );
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringContaining('転送先「/2021/draft/」というページはありません'),
    ]);
  });
  it('rejects one old path sent to two places', () => {
    const problems = redirectProblems(
      [
        { from: '/old/', to: '/2021/intro/', file: 'a.mdx', field: 'redirect_from' },
        { from: '/old/', to: '/questions/other/', file: 'b.mdx', field: 'redirect_from' },
      ],
      live,
    );
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toContain('a.mdx でも「/2021/intro/」への転送に使われています');
  });
});

describe('redirectsFile', () => {
  it('writes one `from to 301` line per old path, with the base', () => {
    const text = redirectsFile(collectRedirects(input), '/lcwp/');
    expect(text.split('\n')).toContain('/lcwp/regions/seki/ /lcwp/regions/gifu/ 301');
    expect(text.trim().split('\n')).toHaveLength(5);
  });
  it('is empty when there is nothing to redirect', () => {
    expect(redirectsFile([], '/')).toBe('');
  });
});

describe('contentPaths', () => {
  it('lists the list, entry and compare pages of the registries', () => {
    expect(live).toEqual(
      expect.arrayContaining(['/questions/', '/questions/new-q/', '/questions/new-q/compare/', '/regions/gifu/']),
    );
    expect(live).not.toContain('/regions/gifu/compare/');
  });
});
