import { describe, expect, it } from 'vitest';
import { kindLabel, kindNotice } from '../../src/lib/chapter-kind.ts';

describe('kindLabel and kindNotice', () => {
  it('names a digest 要約 and a commentary 解説', () => {
    expect(kindLabel('digest')).toBe('要約');
    expect(kindLabel('commentary')).toBe('解説');
  });
  it('says a commentary is not an original chapter', () => {
    expect(kindNotice('commentary')).toMatch(/原典の章そのものではありません/);
  });
});
