import { describe, expect, it } from 'vitest';
import {
  fold,
  foldText,
  gramsOf,
  occurrences,
  queryVariant,
  queryWords,
  shardOf,
  textGrams,
  variantFold,
  variantOf,
} from '../../../src/lib/search/text.ts';

describe('foldText', () => {
  it('folds width, case and composed half-width katakana, mapping back to the source', () => {
    const source = 'ＨＥＬＩＸとﾐｷﾞｳﾃﾞ';
    const { folded, starts, ends } = foldText(source);
    expect(folded).toBe('helixとミギウデ');
    const at = folded.indexOf('ギ');
    expect(source.slice(starts[at], ends[at])).toBe('ｷﾞ');
  });
  it('keeps one space for a run of white space and none at the ends', () => {
    expect(fold('  釜石\n\n　雲南 ')).toBe('釜石 雲南');
  });
  it('maps a character NFKC expands to its whole source', () => {
    const { folded, starts, ends } = foldText('㈱御祓川');
    expect(folded).toBe('(株)御祓川');
    expect([starts[0], ends[2]]).toEqual([0, 1]);
  });
});

describe('queryWords', () => {
  it('splits at spaces, folds and drops repeats', () => {
    expect(queryWords('田中勲　Ｇ－ｎｅｔ 田中勲')).toEqual(['田中勲', 'g-net']);
  });
  it('keeps a quoted phrase whole, spaces included', () => {
    expect(queryWords('"CAREER FOR" 釜石')).toEqual(['career for', '釜石']);
    expect(queryWords('“地域 と”')).toEqual(['地域 と']);
  });
  it('gives nothing for an empty query', () => {
    expect(queryWords('  "" ')).toEqual([]);
  });
});

describe('grams', () => {
  it('looks a word up by its pairs, a single character by itself', () => {
    expect(gramsOf('地方副業')).toEqual(['地方', '方副', '副業']);
    expect(gramsOf('場')).toEqual(['場']);
    expect(gramsOf('𠮷野家')).toEqual(['𠮷野', '野家']);
  });
  it('indexes every character and pair of a text, never across a space', () => {
    expect(Object.fromEntries(textGrams('地域 地域へ'))).toEqual({ 地: 2, 域: 2, 地域: 2, へ: 1, 域へ: 1 });
    expect(gramsOf('career for')).toEqual(['ca', 'ar', 're', 'ee', 'er', 'fo', 'or']);
    expect([...textGrams('𠮷野').keys()]).toEqual(['𠮷', '野', '𠮷野']);
  });
  it('finds a word’s grams among its text’s grams', () => {
    const grams = textGrams(fold('ローカルキャリア準備室 HELIX'));
    for (const word of ['キャリア準備', 'helix', '室']) expect(gramsOf(word).every((g) => grams.has(g))).toBe(true);
  });
  it('puts each gram in one shard, spread over all of them', () => {
    const shards = new Set([...textGrams('ローカルキャリア白書は地域と人をつなぐ').keys()].map((g) => shardOf(g, 4)));
    expect(shards).toEqual(new Set([0, 1, 2, 3]));
    expect(shardOf('地域', 1)).toBe(0);
  });
});

describe('occurrences', () => {
  it('lists every occurrence of every word in order', () => {
    expect(occurrences('地域と地域へ人', ['地域', '人'])).toEqual([
      [0, 2],
      [3, 5],
      [6, 7],
    ]);
  });
});

describe('fold', () => {
  it('folds as foldText does', () => {
    for (const text of [
      'ＨＥＬＩＸとﾐｷﾞｳﾃﾞ ㈱御祓川',
      '  釜石\n\n　雲南 ',
      'Ｇ－ｎｅｔ　ＣＯＶＩＤ－１９',
      'ｶﾞｷﾞｸﾞ ﾊﾟﾋﾟ',
    ])
      expect(fold(text)).toBe(foldText(text).folded);
  });
});

describe('variant folding (表記ゆれ)', () => {
  const variant = (text: string) => variantFold(fold(text));
  it('reads katakana, small kana and half-width katakana as hiragana, keeping ー', () => {
    expect(variant('キャリアオーナーシップ')).toBe('きゃりあおーなーしっぷ');
    expect(variant('ｷｬﾘｱ')).toBe(variant('きゃりあ'));
    expect(variant('ヴ')).toBe('ゔ');
  });
  it('drops 中黒, hyphens and spaces between Japanese characters, not between Latin words', () => {
    expect(variant('ローカル・キャリア')).toBe(variant('ローカルキャリア'));
    expect(variant('ローカル キャリア')).toBe(variant('ローカルキャリア'));
    expect(variant('COVID-19')).toBe('covid19');
    expect(variant('CAREER FOR')).toBe('career for');
  });
  it('repeats the character before an iteration mark', () => {
    expect(variant('人々')).toBe('人人');
  });
  it('drops one hiragana between kanji unless it is a particle', () => {
    expect(variant('取り組み')).toBe(variant('取組み'));
    expect(variant('組み合わせ')).toBe('組合わせ');
    expect(variant('地方の副業')).toBe('地方の副業');
    expect(variant('能登と七尾')).toBe('能登と七尾');
  });
  it('drops a query’s last okurigana only when asked, leaving two characters at least', () => {
    expect(queryVariant('取り組み', false)).toBe('取組み');
    expect(queryVariant('取り組み')).toBe('取組');
    expect(queryVariant('組合せ')).toBe('組合');
    expect(queryVariant('見る')).toBe('見る');
    expect(queryVariant('ぷろぼの')).toBe('ぷろぼの');
  });
  it('folds as the rules read one character at a time do, on seeded random text (each pattern tested per character)', () => {
    // The rules as first written: every pattern tested on every character, offsets carried along.
    const rule = {
      separator: /^[・\-‐‑‒–—―=゠]$/u,
      katakana: /^[\u30a1-\u30f6\u30fd\u30fe]$/u,
      han: /^[\p{Script=Han}々]$/u,
      hiragana: /^[\u3041-\u3096]$/u,
      particle: /^[のをがはへとでにもや]$/u,
      japanese: /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々]$/u,
      iteration: /^[々ゝヽ]$/u,
    };
    const byRules = (folded: string) => {
      const chars = Array.from(folded);
      let [out, previous] = ['', ''];
      const kept: number[] = [];
      chars.forEach((char, i) => {
        const [before, after] = [chars[i - 1] ?? '', chars[i + 1] ?? ''];
        if (rule.separator.test(char)) return;
        if (char === ' ' && rule.japanese.test(before) && rule.japanese.test(after)) return;
        if (rule.hiragana.test(char) && !rule.particle.test(char) && rule.han.test(before) && rule.han.test(after))
          return;
        let next = char;
        if (rule.iteration.test(char) && previous !== '' && previous !== ' ') next = previous;
        else if (rule.katakana.test(char)) next = String.fromCharCode(char.charCodeAt(0) - 0x60);
        previous = next;
        out += next;
        for (let k = 0; k < next.length; k++) kept.push(i);
      });
      return { out, kept };
    };
    const alphabet = Array.from(
      '地域取組合人々ゝヽのをがはへとでにもやりみかきゃアキャリヴーヶ・-‐=゠ 　aZ19𠮷🙂、。「」ｶﾞ',
    );
    let seed = 20261207;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let n = 0; n < 3000; n++) {
      const text = Array.from(
        { length: 1 + Math.floor(random() * 24) },
        () => alphabet[Math.floor(random() * alphabet.length)],
      ).join('');
      const folded = fold(text);
      const { out, kept } = byRules(folded);
      expect(variantFold(folded)).toBe(out);
      const offsets = Array.from({ length: folded.length }, (_, i) => i * 10);
      const withOffsets = variantOf({ folded, starts: offsets, ends: offsets });
      expect(withOffsets.folded).toBe(out);
      // Each kept unit points at the character it came from.
      const charStarts: number[] = [];
      let at = 0;
      for (const char of Array.from(folded)) {
        charStarts.push(at);
        at += char.length;
      }
      expect(withOffsets.starts).toEqual(kept.map((i) => charStarts[i] * 10));
    }
  });
  it('maps each folded character back to its source for excerpts', () => {
    const source = '地域の取り組みとﾌﾟﾛﾎﾞﾉ';
    const { folded, starts, ends } = variantOf(foldText(source));
    const word = queryVariant('取組');
    const at = folded.indexOf(word);
    expect(source.slice(starts[at], ends[at + word.length - 1])).toBe('取り組');
    const kana = folded.indexOf('ぷろぼの');
    expect(source.slice(starts[kana], ends[kana + 3])).toBe('ﾌﾟﾛﾎﾞﾉ');
  });
});
