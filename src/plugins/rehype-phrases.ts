import type { Element, ElementContent, Nodes, Text } from 'hast';
import { defineHastPlugin } from 'satteri';
import { keepTogether, phrases } from '../lib/phrases.ts';

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Inline elements whose text must never be cut: a ruby keeps base and reading together. */
const WHOLE = new Set(['ruby', 'code', 'kbd', 'math', 'svg']);
/** Element text that is not part of the line a reader sees. */
const HIDDEN = new Set(['rt', 'rp', 'script', 'style', 'template']);

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' || HIDDEN.has(node.tagName)) return '';
  return node.children.map(textOf).join('');
}

/**
 * The text leaves of a heading, in reading order, with their offsets in the heading's text.
 * Elements in WHOLE count towards the offsets but are never entered.
 */
function leaves(heading: Element): { node: Text; start: number }[] {
  const found: { node: Text; start: number }[] = [];
  let offset = 0;
  const walk = (parent: Element) => {
    for (const child of parent.children) {
      if (child.type === 'text') {
        found.push({ node: child, start: offset });
        offset += child.value.length;
      } else if (child.type === 'element' && !WHOLE.has(child.tagName) && !HIDDEN.has(child.tagName)) {
        walk(child);
      } else {
        offset += textOf(child).length;
      }
    }
  };
  walk(heading);
  return found;
}

const wbr = (): Element => ({ type: 'element', tagName: 'wbr', properties: {}, children: [] });

/** Whether the author placed a `<wbr>` in the heading (in MDX it is still a JSX node here, not an element). */
function hasAuthoredBreak(node: Nodes): boolean {
  const named = node as { tagName?: string; name?: string | null };
  if (named.tagName === 'wbr' || (node.type === 'mdxJsxTextElement' && named.name === 'wbr')) return true;
  return 'children' in node && node.children.some((child) => hasAuthoredBreak(child as Nodes));
}

/**
 * Lets headings break only between phrases, in every browser: puts a `<wbr>` between the
 * phrases of each h1–h6 (src/lib/phrases.ts) and gives the heading the class `phrases`, whose
 * `word-break: keep-all` forbids every other break inside Japanese text; a short phrase with
 * punctuation inside (「都落ち」なのか), where browsers break even so, is kept in a span.nobr.
 * A heading whose author already placed `<wbr>` keeps those breaks.
 */
export const rehypePhrases = defineHastPlugin({
  name: 'rehype-phrases',
  element: {
    filter: [...HEADINGS],
    visit(heading, ctx) {
      const className = Array.isArray(heading.properties.className) ? heading.properties.className.map(String) : [];
      if (!className.includes('phrases')) ctx.setProperty(heading, 'className', [...className, 'phrases']);
      if (hasAuthoredBreak(heading)) return;
      // The usual heading is one text: Sätteri gives its text without copying the page's tree for the pass.
      const [only] = heading.children;
      const single = heading.children.length === 1 && only.type === 'text';
      const found = single ? [{ node: only as Text, start: 0 }] : leaves(heading);
      const headingText = single ? ctx.textContent(heading) : found.length ? textOf(heading) : '';
      const units: { start: number; end: number; nowrap: boolean }[] = [];
      for (const unit of phrases(headingText)) {
        const start = units.at(-1)?.end ?? 0;
        units.push({ start, end: start + unit.length, nowrap: keepTogether(unit) });
      }
      // Each text leaf becomes its pieces: <wbr> where a unit starts inside it (or at its start,
      // after an element), a span.nobr for a unit to keep on one line when the leaf holds it whole.
      for (const { node, start } of found) {
        const value = single ? headingText : node.value;
        const end = start + value.length;
        const slice = (from: number, to: number) => value.slice(from - start, to - start);
        const pieces: ElementContent[] = [];
        for (const unit of units.filter((u) => u.end > start && u.start < end)) {
          if (unit.start >= start && unit.start > 0) pieces.push(wbr());
          const [from, to] = [Math.max(unit.start, start), Math.min(unit.end, end)];
          const text: Text = { type: 'text', value: slice(from, to) };
          const whole = unit.nowrap && unit.start >= start && unit.end <= end;
          pieces.push(
            whole ? { type: 'element', tagName: 'span', properties: { className: ['nobr'] }, children: [text] } : text,
          );
        }
        if (pieces.length > 1) ctx.replaceNode(node, pieces);
      }
    },
  },
});
