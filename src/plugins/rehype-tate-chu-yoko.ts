import type { Element, ElementContent } from 'hast';
import { defineHastPlugin, type HastVisitorContext } from 'satteri';

/** Where numbers stay as they are: code, tables and figures (kept horizontal), links spelled out as URLs. */
const SKIPPED = new Set(['code', 'pre', 'kbd', 'table', 'figure', 'script', 'style', 'svg', 'math', 'rt', 'rp']);
/** A half-width number of one to four digits standing on its own (not part of 31.5, v2 or a longer number). */
const SHORT_NUMBER = /(?<![\w.,:/-])\d{1,4}(?![\w.,:/-]*\w)/g;

const keepsNumbers = (element: Readonly<Element>) =>
  SKIPPED.has(element.tagName) ||
  (element.tagName === 'a' && typeof element.properties.href === 'string' && /^https?:/.test(element.properties.href));

/**
 * Per pass, how much text (in UTF-16 units) is still to come inside an element where numbers stay.
 * Sätteri visits elements and texts in document order, so an element's text follows it; counting
 * it down avoids asking each text for its ancestors (ctx.parent copies the whole tree once per pass).
 */
const kept = new WeakMap<HastVisitorContext, { left: number }>();
const keptOf = (ctx: HastVisitorContext) => kept.get(ctx) ?? kept.set(ctx, { left: 0 }).get(ctx)!;

/**
 * Marks short half-width numbers in the body (2021年6月10日 → 2021, 6, 10) with span.tcy so that
 * vertical reading (縦書き) can set each upright in one character cell (`text-combine-upright`);
 * in horizontal text the span changes nothing. Longer numbers stay sideways, as in print.
 */
export const rehypeTateChuYoko = defineHastPlugin({
  name: 'rehype-tate-chu-yoko',
  element: {
    filter: [...SKIPPED, 'a'],
    visit(element, ctx) {
      const state = keptOf(ctx);
      // Inside another such element its text is already counted.
      if (state.left === 0 && keepsNumbers(element)) state.left = ctx.textContent(element).length;
    },
  },
  text(node, ctx) {
    const state = keptOf(ctx);
    const value = node.value;
    if (state.left > 0) {
      state.left -= value.length;
      return;
    }
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
    if (from < value.length) pieces.push({ type: 'text', value: value.slice(from) });
    ctx.replaceNode(node, pieces);
  },
});
