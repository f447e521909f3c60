import { describe, expect, it } from 'vitest';
import { remarkRuby } from '../../src/plugins/remark-ruby.ts';
import { fixture, toHtml, toJs } from '../helpers/render-markdown.ts';

describe('remarkRuby', () => {
  it('turns 青空文庫 ruby into <ruby> with <rp> fallbacks, and leaves code alone', async () => {
    const { actual, expected } = await fixture('ruby', { mdast: [remarkRuby] });
    expect(actual).toBe(expected);
    expect(actual).toContain('<ruby>都落ち<rp>（</rp><rt>みやこおち</rt><rp>）</rp></ruby>なのか');
    expect(actual).toContain(
      '<ruby>地域おこし協力隊<rp>（</rp><rt>ちいきおこしきょうりょくたい</rt><rp>）</rp></ruby>として',
    );
    expect(actual).toContain('<strong>島根の<ruby>雲南<rp>');
    expect(actual).toContain('<a href="/regions/shiojiri/"><ruby>塩尻<rp>');
    expect(actual).toContain('<code>都落ち《みやこおち》</code>');
    expect(actual).not.toMatch(/[《》｜](?![^<]*<\/code>)/);
  });

  it('stops with the line and the fix for faulty notation', async () => {
    const cases: [string, RegExp][] = [
      ['一行目\n\n都落ち《》を見る', /3行目.*《》 の中に読みがありません/],
      ['一行目\n二行目の｜地域おこし協力隊', /2行目.*｜ の後に《読み》がありません/],
      ['都落ち《みやこおち', /1行目.*》 がありません/],
      ['これは、《よみ》', /1行目.*｜親文字《よみ》/],
    ];
    for (const [markdown, message] of cases) {
      await expect(toHtml(markdown, { mdast: [remarkRuby] })).rejects.toThrow(message);
    }
  });

  it('names the file first, as check:content does (file › line: fix)', async () => {
    await expect(toJs('一行目\n\n都落ち《》を見る', { mdast: [remarkRuby] })).rejects.toThrow(
      /editions\/2091\/chapter\.mdx › 3行目: 《》 の中に読みがありません/,
    );
  });
});
