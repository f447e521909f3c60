import { describe, expect, it } from 'vitest';
import { pagefindInput } from '../../../src/lib/search/pagefind-input.ts';
import { searchPage } from '../../../src/lib/search/page.ts';

const page = `<!doctype html><html lang="ja"><head><title>章の題</title><link rel="stylesheet" href="/a.css"></head><body>
<header><nav><a href="/">ローカルキャリア白書</a><a href="/2021/">2021年版</a></nav></header>
<main><article data-pagefind-body>
  <div hidden data-pagefind-ignore>
    <span data-pagefind-filter="type">chapter</span>
    <span data-pagefind-meta="title">章の題</span>
  </div>
  <nav class="toc" data-pagefind-ignore><ol><li><a href="#a">見出し</a></li></ol></nav>
  <h1 id="chapter-title">章の<wbr>題</h1>
  <p>本文の<ruby>釜石<rp>(</rp><rt>かまいし</rt><rp>)</rp></ruby>市と<br>雲南市。</p>
  <div data-pagefind-ignore><p>図のまわり</p><img src="/x.png" alt="図"></div>
  <aside data-pagefind-ignore><p>関連<span data-pagefind-ignore>入れ子</span></p></aside>
</article>
<aside class="related"><h2>他の版</h2><ul><li>2019年版</li></ul></aside></main>
<footer><p>フッター</p></footer>
</body></html>`;

describe('pagefindInput', () => {
  const input = pagefindInput(page);

  it('empties the elements around the indexed part, keeping the elements themselves', () => {
    expect(input).toContain('<header></header>');
    expect(input).toContain('<footer></footer>');
    expect(input).toContain('<aside class="related"></aside>');
    expect(input).not.toContain('ローカルキャリア白書');
  });

  it('keeps the head and the indexed part as written', () => {
    expect(input).toContain('<head><title>章の題</title><link rel="stylesheet" href="/a.css"></head>');
    expect(input).toContain('<h1 id="chapter-title">章の<wbr>題</h1>');
    expect(input).toContain('<p>本文の<ruby>釜石<rp>(</rp><rt>かまいし</rt><rp>)</rp></ruby>市と<br>雲南市。</p>');
  });

  it('empties ignored parts, outermost first, but keeps those holding metadata, filters or an image', () => {
    expect(input).toContain('<nav class="toc" data-pagefind-ignore></nav>');
    expect(input).toContain('<aside data-pagefind-ignore></aside>');
    expect(input).toContain('<span data-pagefind-filter="type">chapter</span>');
    expect(input).toContain('<p>図のまわり</p><img src="/x.png" alt="図">');
  });

  it('leaves what the search page reads of it unchanged', () => {
    expect(searchPage(input)).toEqual(searchPage(page));
  });

  it('leaves a page without an indexed part as it is (Pagefind then reads the whole body)', () => {
    const whole = '<html><body><header>見出し</header><p>本文</p></body></html>';
    expect(pagefindInput(whole)).toBe(whole);
  });
});
