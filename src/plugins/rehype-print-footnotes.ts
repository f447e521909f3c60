import type { Element, ElementContent, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

/** `class` of a note printed at the foot of its page (`float: footnote` in book-print.css). */
export const FOOTNOTE_CLASS = 'footnote';

function isElement(node: ElementContent, tagName?: string): node is Element {
  return node.type === 'element' && (tagName === undefined || node.tagName === tagName);
}

/** The note's text without its 「本文へ戻る」 link or ids, paragraphs joined by a space. */
function noteContent(item: Element): ElementContent[] {
  const strip = (nodes: ElementContent[]): ElementContent[] =>
    nodes.flatMap((node): ElementContent[] => {
      if (!isElement(node)) return [structuredClone(node)];
      if (node.properties.dataFootnoteBackref !== undefined) return [];
      const { id: _id, ...properties } = node.properties;
      const copy: Element = { ...node, properties, children: strip(node.children) };
      return [copy];
    });
  const blocks = item.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  return blocks.flatMap((block, i) => {
    const inline = isElement(block, 'p') ? strip(block.children) : strip([block]);
    // The spaces GFM puts before the removed 「本文へ戻る」 links.
    while (inline.at(-1)?.type === 'text') {
      const last = inline.at(-1) as { value: string };
      last.value = last.value.trimEnd();
      if (last.value !== '') break;
      inline.pop();
    }
    return i === 0 ? inline : [{ type: 'text', value: ' ' }, ...inline];
  });
}

/**
 * For print: turns the GFM footnotes of a document (a call `<sup><a data-footnote-ref>` and a
 * list in `<section data-footnotes>`) into notes set at the foot of the page where they are
 * called. Each call is replaced by `<span class="footnote">` holding the note's text, which the
 * print stylesheet floats to the foot of the page and numbers; the list at the end is removed.
 * A note called twice is printed at each call. Ids must be unique (see rehype-book-ids).
 */
export function rehypePrintFootnotes() {
  return (tree: Root) => {
    const notes = new Map<string, Element>();
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'section' || node.properties.dataFootnotes === undefined) return;
      visit(node, 'element', (item: Element) => {
        if (item.tagName === 'li' && typeof item.properties.id === 'string') notes.set(item.properties.id, item);
      });
      if (parent && index !== undefined) {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
    });
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'sup' || !parent || index === undefined) return;
      const call = node.children.find(
        (child): child is Element => isElement(child, 'a') && child.properties.dataFootnoteRef !== undefined,
      );
      const href = call?.properties.href;
      if (typeof href !== 'string') return;
      const note = notes.get(decodeURIComponent(href.replace(/^#/, '')));
      if (!note) throw new Error(`脚注 ${href} の本文が見つかりません（[^…] の定義があるか確かめてください）`);
      parent.children[index] = {
        type: 'element',
        tagName: 'span',
        properties: { className: [FOOTNOTE_CLASS] },
        children: noteContent(note),
      };
      return SKIP;
    });
  };
}
