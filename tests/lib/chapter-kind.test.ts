import { describe, expect, it } from 'vitest';
import { editionNotice, kindLabel, kindNotice } from '../../src/lib/chapter-kind.ts';

describe('kindLabel and kindNotice', () => {
  it('names a digest 要約 and a commentary 解説', () => {
    expect(kindLabel('digest')).toBe('要約');
    expect(kindLabel('commentary')).toBe('解説');
  });
  it('says a commentary is not an original chapter', () => {
    expect(kindNotice('commentary')).toMatch(/原典の章そのものではありません/);
  });
});

describe('editionNotice', () => {
  it('says which kinds of text an edition has, and that they are not the original', () => {
    const text = editionNotice(['commentary', 'digest', 'digest']);
    expect(text).toBe(
      'この版のページと章の文章は、このサイトが書いた、原典の記事を自分の言葉でまとめた要約と、その版について記録された主題の解説です。原典そのものではありません。',
    );
  });
  it('names only the kinds present', () => {
    expect(editionNotice(['commentary'])).not.toContain('要約');
  });
  it('says so when an edition has no chapter yet', () => {
    expect(editionNotice([])).toBe('この版にはまだ章がありません。');
  });
});
