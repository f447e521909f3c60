/**
 * Chromium names the elements of a tagged PDF's structure (a table's cells and the headers they
 * point to) after Blink's DOM nodes, `node00000763`, and the count differs by a node or two from one
 * run to the next, so the same book came out with different bytes. Each name is replaced by its
 * rank among the names (`node00000001` for the lowest), everywhere it occurs: in `/ID`, in
 * `/Headers` and as a key of the structure tree's `/IDTree`, whose keys keep their order.
 */
import { PDFArray, PDFDict, PDFHexString, PDFString, type PDFDocument, type PDFObject } from 'pdf-lib';

const NODE_ID = /^node(\d+)$/;

/** A name found in the document, and how to put another in its place. */
interface Found {
  id: string;
  replace(value: PDFObject): void;
}

/** The names inside `object`, however deep in its dicts and arrays. */
function collect(object: PDFObject, found: Found[]): void {
  const slots: [PDFObject, (value: PDFObject) => void][] =
    object instanceof PDFDict
      ? object.entries().map(([key, value]) => [value, (v) => object.set(key, v)])
      : object instanceof PDFArray
        ? object.asArray().map((value, i) => [value, (v) => object.set(i, v)])
        : [];
  for (const [value, replace] of slots) {
    const text = value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined;
    if (text !== undefined && NODE_ID.test(text)) found.push({ id: text, replace });
    else collect(value, found);
  }
}

/** Renames the structure element ids of `pdf` in place. */
export function renumberStructureIds(pdf: PDFDocument): void {
  const found: Found[] = [];
  for (const [, object] of pdf.context.enumerateIndirectObjects()) collect(object, found);
  const ids = [...new Set(found.map(({ id }) => id))].sort(
    (a, b) => Number(NODE_ID.exec(a)![1]) - Number(NODE_ID.exec(b)![1]),
  );
  const width = Math.max(8, String(ids.length).length);
  const renamed = new Map(ids.map((id, rank) => [id, `node${String(rank + 1).padStart(width, '0')}`]));
  for (const { id, replace } of found) replace(PDFString.of(renamed.get(id)!));
}
