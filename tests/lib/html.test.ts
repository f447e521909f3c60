import { describe, expect, it } from 'vitest';
// Astro's own escaping, which the markup made as one string must match byte for byte.
import { escapeHTML } from 'astro/runtime/server/escape.js';
import { escapeHtml, markup, trustedHtml } from '../../src/lib/html.ts';
import { realTitles, seeded } from '../helpers/real-titles.ts';

describe('escapeHtml', () => {
  it('escapes every real title and random text exactly as Astro does', () => {
    const random = seeded(11);
    const alphabet = [...'&<>"\'=/ a地域「」・？!#;'];
    const texts = realTitles();
    for (let i = 0; i < 500; i++) {
      texts.push(
        Array.from({ length: Math.floor(random() * 20) }, () => alphabet[Math.floor(random() * alphabet.length)]).join(
          '',
        ),
      );
    }
    for (const text of texts) expect(escapeHtml(text), text).toBe(escapeHTML(text));
  });
});

describe('markup', () => {
  it('escapes text and numbers put into the template, and leaves its own markup alone', () => {
    const href = '/a?b=1&c="2"';
    expect(markup`<a href="${href}">${'<b>'}${3}</a>`.html).toBe('<a href="/a?b=1&amp;c=&quot;2&quot;">&lt;b&gt;3</a>');
  });

  it('prints what markup made or trustedHtml marked as it is', () => {
    const inner = markup`<b>${'x&y'}</b>`;
    expect(markup`<p>${inner}${trustedHtml('<wbr>')}</p>`.html).toBe('<p><b>x&amp;y</b><wbr></p>');
  });

  it('drops whitespace that holds a line break, as JSX does, and keeps spaces within a line', () => {
    const laidOut = markup`
      <p class="eyebrow">
        <a href="/2021/">2021年版</a>
        <span>第 ${3} 章</span>
      </p>
    `;
    expect(laidOut.html).toBe('<p class="eyebrow"><a href="/2021/">2021年版</a><span>第 3 章</span></p>');
    // A value's own line breaks are the value's: only the template's are dropped.
    expect(markup`<p>${'a\n  b'}</p>`.html).toBe('<p>a\n  b</p>');
  });

  it('joins lists and leaves out false, null and undefined', () => {
    expect(
      markup`<ul>
        ${['a', 'b'].map((t) => markup`<li>${t}</li>`)}
      </ul>`.html,
    ).toBe('<ul><li>a</li><li>b</li></ul>');
    expect(markup`${false}${null}${undefined}${0}`.html).toBe('0');
  });
});
