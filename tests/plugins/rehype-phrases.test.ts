import { describe, expect, it } from 'vitest';
import { phrases } from '../../src/lib/phrases.ts';
import { rehypePhrases } from '../../src/plugins/rehype-phrases.ts';
import { realTitles, seeded } from '../helpers/real-titles.ts';
import { fixture, toHtml, toJs } from '../helpers/render-markdown.ts';

/** The heading's text split where the plugin put <wbr>, tags removed. */
function phrasesIn(html: string, tag: string): string[][] {
  return [...html.matchAll(new RegExp(`<${tag}[^>]*>(.*?)</${tag}>`, 'g'))].map((m) =>
    m[1]
      .replace(/<rt>.*?<\/rt>|<rp>.*?<\/rp>/g, '')
      .split('<wbr>')
      .map((piece) => piece.replace(/<[^>]+>/g, '')),
  );
}

describe('rehypePhrases', () => {
  it('puts <wbr> between the phrases of every heading and leaves body text alone', async () => {
    const { actual, expected } = await fixture('phrases', { hast: [rehypePhrases] });
    expect(actual).toBe(expected);
    expect(phrasesIn(actual, 'h1')).toEqual([[...phrases('新卒で地域中小企業経営者の右腕というキャリアについて')]]);
    expect(phrasesIn(actual, 'h1')[0]).toContain('地域中小企業経営者の');
    expect(actual).toMatch(/<h2 class="phrases">はじめに<\/h2>/);
    expect(actual).toMatch(/<p>[^<]*<\/p>/);
  });

  it('keeps a short phrase with punctuation inside on one line', async () => {
    const { actual } = await fixture('phrases', { hast: [rehypePhrases] });
    expect(actual).toContain('<wbr><span class="nobr">「都落ち」なのか</span></h2>');
  });

  it('cuts text inside links, never inside ruby or code, and keeps breaks the author placed', async () => {
    const { actual, expected } = await fixture('phrases-inline', { hast: [rehypePhrases] });
    expect(actual).toBe(expected);
    const [link, ruby, code, authored] = phrasesIn(actual, 'h2');
    expect(link.join('')).toBe('ローカルキャリアはキャリア足るか');
    expect(link.length).toBeGreaterThan(1);
    expect(actual).toContain('<ruby>都落ち<rp>（</rp><rt>みやこおち</rt><rp>）</rp></ruby>');
    expect(ruby.join('')).toBe('「都落ち」という見方');
    expect(actual).toContain('<code>npm run build</code>');
    expect(code.join('')).toBe('npm run buildで地域中小企業を調べる');
    expect(authored).toEqual(['作者が', '決めた区切り', 'はそのまま']);
  });

  it('keeps the breaks an author wrote as <wbr /> in MDX', async () => {
    const { code: js } = await toJs('## 作者が<wbr />決めた区切りはそのまま\n', { hast: [rehypePhrases] });
    expect(js).toMatch(/children: \[\s*"作者が",\s*_jsx\(_components\.wbr, \{\}\),\s*"決めた区切りはそのまま"\s*\]/);
  });

  it('keeps the text of every real title and of random pieces of them, with a <wbr> between each two phrases', async () => {
    const titles = realTitles();
    const random = seeded(12);
    const corpus = titles.join('、');
    for (let i = 0; i < 200; i++) {
      const start = Math.floor(random() * corpus.length);
      titles.push(corpus.slice(start, start + 1 + Math.floor(random() * 30)).trim() || 'あ');
    }
    for (const title of titles) {
      const { html } = await toHtml(`## ${title.replace(/[\\`*_[\]<>#&!|~]/g, '\\$&')}`, { hast: [rehypePhrases] });
      const inner = html.trim().replace(/^<h2 class="phrases">|<\/h2>$/g, '');
      const text = inner
        .replace(/<[^>]+>/g, '')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&');
      expect(text, title).toBe(title);
      expect(inner.split('<wbr>').length, title).toBe(phrases(title).length);
    }
  });
});
