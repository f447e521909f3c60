import { describe, expect, it } from 'vitest';
import { searchPage } from '../../../src/lib/search/page.ts';

const html = `<!doctype html><html lang="ja"><body>
<header><a href="/">ローカルキャリア白書</a></header>
<article data-pagefind-body>
  <div hidden data-pagefind-ignore>
    <span data-pagefind-filter="type">chapter</span>
    <span data-pagefind-filter="question">問いの一</span><span data-pagefind-filter="question">問いの二</span>
    <span data-pagefind-meta="title">章の&amp;題</span>
  </div>
  <p hidden data-pagefind-weight="2">隠れた 語</p>
  <h1 id="chapter-title">章の<wbr>題</h1>
  <p>本文の<ruby>釜石<rp>(</rp><rt>かまいし</rt><rp>)</rp></ruby>市と<br>雲南<img src="x.png" alt="">市。</p>
  <aside data-pagefind-ignore>原典</aside>
  <h2 id="岐阜で続く支援">岐阜で<wbr>続く<span hidden>X</span>支援</h2>
  <p>G-netの<strong>取り組み</strong></p>
  <h3>idのない見出し</h3>
</article>
<footer>フッター</footer>
</body></html>`;

describe('searchPage', () => {
  const page = searchPage(html);
  it('reads the visible text of the body only: no hidden, ignored, ruby readings or <wbr> breaks', () => {
    expect(page.text).toBe('章の題 本文の釜石市と 雲南 市。 岐阜で続く支援 G-netの取り組み idのない見出し');
  });
  it('finds the sections: headings below h1 with an id, where they start in the text', () => {
    expect(page.sections).toEqual([
      { start: page.text.indexOf('岐阜'), id: '岐阜で続く支援', title: '岐阜で続く支援' },
    ]);
  });
  it('reads SearchMeta’s metadata and filters, entities decoded', () => {
    expect(page.meta).toEqual({ title: '章の&題' });
    expect(page.filters).toEqual({ type: ['chapter'], question: ['問いの一', '問いの二'] });
  });
  it('gives nothing for a page without a body', () => {
    expect(searchPage('<p>本文</p>')).toEqual({ text: '', sections: [], meta: {}, filters: {} });
  });
});
