import { describe, expect, it } from 'vitest';
import { remarkReadingTime } from '../../src/plugins/remark-reading-time.ts';
import { remarkRuby } from '../../src/plugins/remark-ruby.ts';
import { toHtml } from '../helpers/render-markdown.ts';

describe('remarkReadingTime', () => {
  it('counts the characters of the text, not of the markup or link targets', async () => {
    const { frontmatter } = await toHtml(
      '## 見出し\n\n**地域**で[働く](https://example.org/very/long/url)。\n\n| 年 | 数 |\n| - | - |\n| 2021 | 38 |',
      { mdast: [remarkReadingTime] },
    );
    // 見出し(3) + 地域で働く。(6) + 年数202138(8)
    expect(frontmatter).toEqual({ readingCharacters: 17, readingMinutes: 1 });
  });

  it('counts the base of a ruby, not its reading, before remark-ruby adds the reading to the page', async () => {
    const { html, frontmatter } = await toHtml('都落ち《みやこおち》なのか。', {
      mdast: [remarkReadingTime, remarkRuby],
    });
    expect(html).toContain('<rt>みやこおち</rt>');
    // 都落ちなのか。(7)
    expect(frontmatter.readingCharacters).toBe(7);
  });

  it('gives about one minute per 500 characters', async () => {
    const { frontmatter } = await toHtml('あ'.repeat(2600), { mdast: [remarkReadingTime] });
    expect(frontmatter.readingMinutes).toBe(5);
  });

  it('keeps a count the author set', async () => {
    const { frontmatter } = await toHtml('あいう', { mdast: [remarkReadingTime] }, { readingCharacters: 10 });
    expect(frontmatter).toEqual({ readingCharacters: 10 });
  });
});
