import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRuby, rubyBaseText, rubyProblems } from '../../src/lib/ruby.ts';
import { seeded } from '../helpers/real-titles.ts';

describe('parseRuby', () => {
  it('puts the reading on the kanji before it, with their okurigana', () => {
    expect(parseRuby('地域へ移ることは都落ち《みやこおち》なのか').parts).toEqual([
      '地域へ移ることは',
      { base: '都落ち', reading: 'みやこおち' },
      'なのか',
    ]);
    expect(parseRuby('地域おこし協力隊《きょうりょくたい》').parts).toEqual([
      '地域おこし',
      { base: '協力隊', reading: 'きょうりょくたい' },
    ]);
  });

  it('takes the base from the bar when there is one', () => {
    expect(parseRuby('｜地域おこし協力隊《ちいきおこしきょうりょくたい》の').parts).toEqual([
      { base: '地域おこし協力隊', reading: 'ちいきおこしきょうりょくたい' },
      'の',
    ]);
  });

  it('puts a reading on katakana or Latin letters before it', () => {
    expect(parseRuby('HELIX《ヘリックス》').parts).toEqual([{ base: 'HELIX', reading: 'ヘリックス' }]);
    expect(parseRuby('ミギウデ《みぎうで》').parts).toEqual([{ base: 'ミギウデ', reading: 'みぎうで' }]);
  });

  it('leaves text without notation as it is', () => {
    expect(parseRuby('ルビのない文。')).toEqual({ parts: ['ルビのない文。'], problems: [] });
  });

  it('reports faulty notation and keeps the text', () => {
    for (const text of [
      '都落ち《》',
      '都落ち《みやこ',
      '｜都落ち',
      '、《よみ》',
      '｜《よみ》',
      '｜都落ち\n《みやこおち》',
    ]) {
      const { parts, problems } = parseRuby(text);
      expect(problems.length, text).toBeGreaterThan(0);
      expect(parts.join(''), text).toBe(text);
    }
  });
});

describe('rubyProblems', () => {
  it('gives the line of each problem and skips code', () => {
    const body = ['', '本文の都落ち《》。', '```', '｜コードの中', '```', '`｜インライン`と｜閉じない'].join('\n');
    expect(rubyProblems(body).map((p) => p.line)).toEqual([2, 6]);
  });
});

describe('parseRuby over mutated real text', () => {
  const text = readFileSync('content/editions/2021/introduction.mdx', 'utf8').split('---').slice(2).join('---');

  it('never loses or invents text: rubies give back base plus notation, and faulty notation is kept', () => {
    const random = seeded(12);
    for (let i = 0; i < 500; i++) {
      const start = Math.floor(random() * (text.length - 60));
      const sample = [...text.slice(start, start + 10 + Math.floor(random() * 50))];
      for (let k = 0; k < 1 + Math.floor(random() * 3); k++) {
        sample.splice(
          Math.floor(random() * sample.length),
          0,
          ['《', '》', '｜', '《よみ》'][Math.floor(random() * 4)],
        );
      }
      const input = sample.join('');
      const { parts, problems } = parseRuby(input);
      const back = parts.map((p) => (typeof p === 'string' ? p : `${p.base}《${p.reading}》`)).join('');
      expect(back.replace(/｜/g, ''), input).toBe(input.replace(/｜/g, ''));
      for (const part of parts) {
        if (typeof part === 'string') continue;
        expect(part.base, input).not.toMatch(/[《｜\n]/);
        expect(part.reading, input).not.toMatch(/[《》｜\n]/);
      }
      for (const problem of problems) expect(problem.offset).toBeLessThan(input.length);
    }
  });
});

describe('rubyBaseText', () => {
  it('reads each ruby as its base and leaves text without notation as it is', () => {
    expect(rubyBaseText('地域へ移ることは都落ち《みやこおち》なのか。')).toBe('地域へ移ることは都落ちなのか。');
    expect(rubyBaseText('｜地域おこし協力隊《ちいきおこしきょうりょくたい》として')).toBe('地域おこし協力隊として');
    expect(rubyBaseText('都落ち《》を見る')).toBe('都落ち《》を見る');
    expect(rubyBaseText('ルビのない文。')).toBe('ルビのない文。');
  });

  it('is the text minus every reading, its brackets and bars, over seeded rubies in real text', () => {
    const text = readFileSync('content/editions/2021/introduction.mdx', 'utf8').split('---').slice(2).join('---');
    const random = seeded(7);
    for (let i = 0; i < 300; i++) {
      const start = Math.floor(random() * (text.length - 60));
      const plain = text.slice(start, start + 10 + Math.floor(random() * 50)).replace(/[《》｜]/g, '');
      const at = 1 + Math.floor(random() * (plain.length - 1));
      const withRuby = `${plain.slice(0, at)}｜${plain.slice(at, at + 2)}《よみ》${plain.slice(at + 2)}`;
      // A bar with a base before 《 is always a ruby, whatever the script, unless a line break cuts it.
      if (plain.slice(at, at + 2).includes('\n') || plain.slice(at, at + 2).length < 2) continue;
      expect(rubyBaseText(withRuby), withRuby).toBe(plain);
    }
  });
});
