import { describe, expect, it } from 'vitest';
import { phrases } from '../../src/lib/phrases.ts';
import { wrapJapanese } from '../../src/og/wrap-japanese.ts';

describe('wrapJapanese', () => {
  it('keeps a short title on one line', () => {
    expect(wrapJapanese('はじめに', 16)).toEqual(['はじめに']);
  });

  it('breaks a long title into lines of the given length', () => {
    expect(wrapJapanese('新卒で地域中小企業経営者の右腕というキャリアについて', 13)).toEqual([
      '新卒で地域中小企業経営者の',
      '右腕というキャリアについて',
    ]);
  });

  it('never starts a line with closing punctuation or a small kana', () => {
    const lines = wrapJapanese('地域へ移ることは「都落ち」なのか、という問い', 5);
    for (const line of lines.slice(1)) expect('、。」』ゃゅょっー').not.toContain(line[0]);
  });

  it('never ends a line with an opening bracket', () => {
    const lines = wrapJapanese('あいうえ「都落ち」', 5);
    expect(lines[0].endsWith('「')).toBe(false);
    expect(lines.join('')).toBe('あいうえ「都落ち」');
  });

  it('keeps Latin words and numbers whole', () => {
    const lines = wrapJapanese('ローカルキャリア白書2021を公開', 9);
    expect(lines.some((l) => l.includes('2021'))).toBe(true);
    expect(lines.join('')).toBe('ローカルキャリア白書2021を公開');
  });

  it('cuts the last allowed line with an ellipsis', () => {
    const lines = wrapJapanese('あ'.repeat(50), 10, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1].endsWith('…')).toBe(true);
    expect([...lines[1]].length).toBe(10);
  });

  it('breaks between phrases, never inside 中小企業', () => {
    expect(wrapJapanese('新卒で地域中小企業経営者の右腕というキャリアについて', 10)).toEqual([
      '新卒で',
      '地域中小企業経営者の',
      '右腕というキャリアに',
      'ついて',
    ]);
  });

  it('ends every line at a phrase boundary unless a phrase is longer than the line', () => {
    const titles = [
      '新卒で地域中小企業経営者の右腕というキャリアについて',
      'ローカルキャリア白書2021―未来の働き方はここにある―',
      'キャリアオーナーシップ リビングラボとの共創',
      '地域へ移ることは「都落ち」なのか、という問い',
    ];
    for (const title of titles) {
      for (let perLine = 6; perLine <= 17; perLine++) {
        const boundaries = new Set<number>();
        let at = 0;
        for (const phrase of phrases(title)) {
          for (const [i, c] of [...phrase].entries()) if (/\s/.test(c)) boundaries.add(at + i + 1);
          at += [...phrase].length;
          boundaries.add(at);
        }
        const long = phrases(title).some((p) => p.split(/\s+/).some((w) => [...w].length > perLine));
        const lines = wrapJapanese(title, perLine);
        expect(lines.join('').replace(/\s/g, '')).toBe(title.replace(/\s/g, ''));
        if (long) continue;
        let end = 0;
        for (const line of lines.slice(0, -1)) {
          end += [...line].length;
          while ([...title][end] === ' ') end += 1;
          expect(boundaries.has(end), `${title} at ${perLine}: ${lines.join(' / ')}`).toBe(true);
        }
      }
    }
  });
});
