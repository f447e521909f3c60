import type { Element, ElementContent, Parents } from 'hast';
import { defineHastPlugin } from 'satteri';

/** Where numbers stay as they are: code, tables and figures (kept horizontal), links spelled out as URLs. */
const SKIPPED = new Set(['code', 'pre', 'kbd', 'table', 'figure', 'script', 'style', 'svg', 'math', 'rt', 'rp']);
/** A half-width number of one to four digits standing on its own (not part of 31.5, v2 or a longer number). */
const SHORT_NUMBER = /(?<![\w.,:/-])\d{1,4}(?![\w.,:/-]*\w)/g;

/**
 * Marks short half-width numbers in the body (2021年6月10日 → 2021, 6, 10) with span.tcy so that
 * vertical reading (縦書き) can set each upright in one character cell (`text-combine-upright`);
 * in horizontal text the span changes nothing. Longer numbers stay sideways, as in print.
 */
export const rehypeTateChuYoko = defineHastPlugin({
  name: 'rehype-tate-chu-yoko',
  text(node, ctx) {
    const value = node.value;
    const pieces: ElementContent[] = [];
    let from = 0;
    for (const match of value.matchAll(SHORT_NUMBER)) {
      if (match.index > from) pieces.push({ type: 'text', value: value.slice(from, match.index) });
      pieces.push({
        type: 'element',
        tagName: 'span',
        properties: { className: ['tcy'] },
        children: [{ type: 'text', value: match[0] }],
      });
      from = match.index + match[0].length;
    }
    if (pieces.length === 0) return;
    // Only text with a number pays for the walk up to see whether it sits where numbers stay.
    for (let up: Readonly<Parents> | undefined = ctx.parent(node); up && up.type !== 'root'; up = ctx.parent(up)) {
      if (up.type !== 'element') continue;
      const element = up as Element;
      if (SKIPPED.has(element.tagName)) return;
      const href = element.properties.href;
      if (element.tagName === 'a' && typeof href === 'string' && /^https?:/.test(href)) return;
    }
    if (from < value.length) pieces.push({ type: 'text', value: value.slice(from) });
    ctx.replaceNode(node, pieces);
  },
});
