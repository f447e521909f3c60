import { describe, expect, it } from 'vitest';
import {
  isCompoundJoin,
  keepTogether,
  MAX_MERGED,
  MAX_NOWRAP,
  mergeCompounds,
  phrases,
  punctuationBreaks,
  phrasesHtml,
} from '../../src/lib/phrases.ts';
import { realTitles, seeded } from '../helpers/real-titles.ts';

describe('mergeCompounds', () => {
  it('joins a cut between two kanji (地域中|小企業)', () => {
    expect(mergeCompounds(['新卒で', '地域中', '小企業経営者の', '右腕と'])).toEqual([
      '新卒で',
      '地域中小企業経営者の',
      '右腕と',
    ]);
  });

  it('joins a cut between two katakana, and inside a number or Latin word', () => {
    expect(mergeCompounds(['リビング', 'ラボと'])).toEqual(['リビングラボと']);
    expect(mergeCompounds(['20', '21年版'])).toEqual(['2021年版']);
  });

  it('keeps cuts between different scripts', () => {
    expect(mergeCompounds(['キャリアに', 'ついて'])).toEqual(['キャリアに', 'ついて']);
    expect(mergeCompounds(['白書', 'ウェブ版'])).toEqual(['白書', 'ウェブ版']);
  });

  it('never makes a phrase longer than the limit', () => {
    expect(mergeCompounds(['地域中小企業', '経営者協議会'], 12)).toEqual(['地域中小企業経営者協議会']);
    expect(mergeCompounds(['地域中小企業', '経営者協議会連合'], 12)).toEqual(['地域中小企業', '経営者協議会連合']);
  });
});

describe('phrases', () => {
  const titles = realTitles();

  it('finds the titles and headings of the real content', () => {
    expect(titles.length).toBeGreaterThan(80);
    expect(titles).toContain('新卒で地域中小企業経営者の右腕というキャリアについて');
  });

  it('keeps 中小企業 whole in the title that BudouX cuts', () => {
    expect(phrases('新卒で地域中小企業経営者の右腕というキャリアについて')).toContain('地域中小企業経営者の');
  });

  it('finds where punctuation lets a browser break inside a phrase', () => {
    expect(punctuationBreaks('「都落ち」なのか')).toEqual([5]);
    expect(punctuationBreaks('白書――共通')).toEqual([2, 4]);
    expect(punctuationBreaks('地域中小企業経営者の')).toEqual([]);
  });

  it('keeps short phrases with punctuation together and cuts long ones at it', () => {
    expect(phrases('地域へ移ることは「都落ち」なのか').at(-1)).toBe('「都落ち」なのか');
    expect(keepTogether('「都落ち」なのか')).toBe(true);
    expect(phrases('「問い」と「兆し」で編む白書――共通テーマを置かなかった2021年版')).toContain('――');
    for (const unit of phrases('地域にかかわる働き方の「準備」の場（ローカルキャリア準備室 HELIX）')) {
      if (keepTogether(unit)) expect([...unit].length).toBeLessThanOrEqual(MAX_NOWRAP);
    }
  });

  it('cuts a unit longer than a line between scripts, never inside a word', () => {
    expect(phrases('「doda地方短期副業プロジェクト」の開始')).toEqual(
      expect.arrayContaining(['地方短期副業', 'プロジェクト」']),
    );
  });

  it('gives back the text unchanged when the phrases are joined', () => {
    const random = seeded(12);
    const corpus = titles.join('。');
    const samples = [...titles];
    for (let i = 0; i < 300; i++) {
      const start = Math.floor(random() * corpus.length);
      samples.push(corpus.slice(start, start + 1 + Math.floor(random() * 40)));
    }
    samples.push('', ' ', '　前後に空白　');
    for (const text of samples) expect(phrases(text).join('')).toBe(text);
  });

  it('leaves no cut inside a compound of a real title where the joined phrase would fit a line', () => {
    const bad: string[] = [];
    for (const title of titles) {
      const parts = phrases(title);
      for (let i = 1; i < parts.length; i++) {
        const [before, after] = [[...parts[i - 1]].at(-1)!, [...parts[i]][0]];
        if (isCompoundJoin(before, after) && [...(parts[i - 1] + parts[i])].length <= MAX_MERGED) {
          bad.push(`${parts[i - 1]}|${parts[i]}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });
});

describe('phrasesHtml', () => {
  const decode = (html: string) =>
    html
      .replace(/<[^>]+>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');

  it('escapes the text as Astro does and marks the phrases', () => {
    const text = phrasesHtml('A&B <と> "引用" \'x\'').replace(/<\/?(?:wbr|span)[^>]*>/g, '');
    expect(text).not.toMatch(/[<>"']|&(?!amp;|lt;|gt;|quot;|#39;)/);
    expect(decode(phrasesHtml('A&B <と> "引用" \'x\''))).toBe('A&B <と> "引用" \'x\'');
    expect(phrasesHtml('「都落ち」なのか')).toContain('<span class="nobr">');
  });

  it('keeps the text of every real title and random pieces of them, with a <wbr> between each two phrases', () => {
    const titles = realTitles();
    const random = seeded(5);
    const corpus = titles.join('、') + '&<>"\'';
    for (let i = 0; i < 300; i++) {
      const start = Math.floor(random() * corpus.length);
      titles.push(corpus.slice(start, start + 1 + Math.floor(random() * 30)));
    }
    for (const title of titles) {
      const html = phrasesHtml(title);
      expect(decode(html), title).toBe(title);
      expect(html.split('<wbr>').length, title).toBe(phrases(title).length);
      expect((html.match(/class="nobr"/g) ?? []).length, title).toBe(phrases(title).filter(keepTogether).length);
    }
  });
});
