import type { Element, ElementContent, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

/** Where numbers stay as they are: code, tables and figures (kept horizontal), links spelled out as URLs. */
const SKIPPED = new Set(['code', 'pre', 'kbd', 'table', 'figure', 'script', 'style', 'svg', 'math', 'rt', 'rp']);
/** A half-width number of one to four digits standing on its own (not part of 31.5, v2 or a longer number). */
const SHORT_NUMBER = /(?<![\w.,:/-])\d{1,4}(?![\w.,:/-]*\w)/g;

/**
 * Marks short half-width numbers in the body (2021年6月10日 → 2021, 6, 10) with span.tcy so that
 * vertical reading (縦書き) can set each upright in one character cell (`text-combine-upright`);
 * in horizontal text the span changes nothing. Longer numbers stay sideways, as in print.
 */
export function rehypeTateChuYoko() {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if (node.type === 'element') {
        const element = node as Element;
        const href = element.properties.href;
        if (SKIPPED.has(element.tagName)) return SKIP;
        if (element.tagName === 'a' && typeof href === 'string' && /^https?:/.test(href)) return SKIP;
        return;
      }
      if (node.type !== 'text' || !parent || index === undefined) return;
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
      if (from < value.length) pieces.push({ type: 'text', value: value.slice(from) });
      (parent as Element).children.splice(index, 1, ...pieces);
      return [SKIP, index + pieces.length];
    });
  };
}
