import { describe, expect, it } from 'vitest';
import { rehypeTateChuYoko } from '../../src/plugins/rehype-tate-chu-yoko.ts';
import { fixture } from '../helpers/render-markdown.ts';

describe('rehypeTateChuYoko', () => {
  it('marks numbers of up to four digits in the text, and nothing in code, tables, URLs or longer numbers, up to their end', async () => {
    const { actual, expected } = await fixture('tate-chu-yoko', { hast: [rehypeTateChuYoko] });
    expect(actual).toBe(expected);
    const marked = [...actual.matchAll(/<span class="tcy">(.*?)<\/span>/g)].map((m) => m[1]);
    expect(marked).toEqual(['2021', '6', '10', '38', '112', '2021', '3', '4', '6']);
    expect(actual).toContain('31.5%');
    expect(actual).toContain('12345人');
    expect(actual).toContain('<td>2021</td>');
    expect(actual).toContain('<code>npm run build 2</code>');
    expect(actual).toContain('https://example.org/2021/');
    // Numbers right after a link, code or kbd are marked again, those inside them are not.
    expect(actual).toContain(
      '<a href="https://example.org/a"><strong>2021</strong>年の<em>調査</em></a>の後の<span class="tcy">3</span>年',
    );
  });
});
