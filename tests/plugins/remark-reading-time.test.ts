import { describe, expect, it } from 'vitest';
import { remarkReadingTime } from '../../src/plugins/remark-reading-time.ts';
import { toHtml } from './run.ts';

type Frontmatter = { readingCharacters?: number; readingMinutes?: number };
const frontmatterOf = (file: { data: unknown }) =>
  (file.data as { astro?: { frontmatter?: Frontmatter } }).astro?.frontmatter ?? {};

describe('remarkReadingTime', () => {
  it('counts the characters of the text, not of the markup or link targets', async () => {
    const file = await toHtml(
      '## 見出し\n\n**地域**で[働く](https://example.org/very/long/url)。\n\n| 年 | 数 |\n| - | - |\n| 2021 | 38 |',
      {
        remark: [remarkReadingTime],
      },
    );
    // 見出し(3) + 地域で働く。(6) + 年数202138(8)
    expect(frontmatterOf(file)).toEqual({ readingCharacters: 17, readingMinutes: 1 });
  });

  it('gives about one minute per 500 characters', async () => {
    const file = await toHtml('あ'.repeat(2600), { remark: [remarkReadingTime] });
    expect(frontmatterOf(file).readingMinutes).toBe(5);
  });

  it('keeps a count the author set', async () => {
    const processor = remarkReadingTime();
    const file = { data: { astro: { frontmatter: { readingCharacters: 10 } } } };
    processor({ type: 'root', children: [{ type: 'text', value: 'あいう' }] } as never, file as never);
    expect(file.data.astro.frontmatter).toEqual({ readingCharacters: 10 });
  });
});
