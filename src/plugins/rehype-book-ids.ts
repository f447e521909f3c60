import type { Element, Properties, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** Attributes that name ids on the same document, as space-separated lists. */
const ID_LISTS = ['ariaDescribedBy', 'ariaLabelledBy', 'htmlFor'] as const;

/**
 * Joins several rendered pages into one document (a book) without clashing ids: inside each
 * element marked `data-book-part="<part>"`, the ids become `<part>-1`, `<part>-2`, … in document
 * order and every reference to them (`href="#id"`, aria-describedby, aria-labelledby, for)
 * follows. Two chapters can then both have a heading 「はじめに」 or a footnote 1, and the ids stay
 * short (a PDF names its link targets after them, and PDF names are limited to 127 bytes).
 * References to ids outside the part are left alone.
 */
export function rehypeBookIds() {
  return (tree: Root) => {
    visit(tree, 'element', (part: Element) => {
      const name = part.properties.dataBookPart;
      if (typeof name !== 'string' || name === '') return;
      const own = new Map<string, string>();
      visit(part, 'element', (node: Element) => {
        const id = node.properties.id;
        if (node !== part && typeof id === 'string' && !own.has(id)) own.set(id, `${name}-${own.size + 1}`);
      });
      const rename = (id: string) => own.get(id) ?? id;
      visit(part, 'element', (node: Element) => {
        if (node === part) return;
        const props: Properties = node.properties;
        if (typeof props.id === 'string') props.id = rename(props.id);
        if (typeof props.href === 'string' && props.href.startsWith('#')) {
          props.href = `#${rename(decodeURIComponent(props.href.slice(1)))}`;
        }
        for (const key of ID_LISTS) {
          const value: unknown = props[key];
          if (Array.isArray(value)) props[key] = value.map((id) => rename(String(id)));
          else if (typeof value === 'string') props[key] = value.split(/\s+/).map(rename);
        }
      });
    });
  };
}
