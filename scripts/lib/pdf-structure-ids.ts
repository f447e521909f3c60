/**
 * Chromium names the elements of a tagged PDF's structure (a table's cells and the headers they
 * point to) after Blink's DOM nodes, `node00000763`, and the count differs by a node or two from one
 * run to the next, so the same book came out with different bytes. Each name is replaced by its
 * rank among the names (`node00000001` for the lowest), everywhere it occurs: in `/ID`, in
 * `/Headers` and as a key of the structure tree's `/IDTree`, whose keys keep their order.
 */
import { PDFArray, PDFDict, PDFHexString, PDFString, type PDFDocument, type PDFObject } from 'pdf-lib';

const NODE_ID = /^node(\d+)$/;

/** A PDF string's text, if `object` is one. */
function textOf(object: PDFObject): string | undefined {
  return object instanceof PDFString || object instanceof PDFHexString ? object.decodeText() : undefined;
}

/** Every dict and array inside `object`, itself included. */
function* containers(object: PDFObject): Generator<PDFDict | PDFArray> {
  if (object instanceof PDFDict) {
    yield object;
    for (const [, value] of object.entries()) yield* containers(value);
  } else if (object instanceof PDFArray) {
    yield object;
    for (const value of object.asArray()) yield* containers(value);
  }
}

/** Renames the structure element ids of `pdf` in place; how many distinct ids it found. */
export function renumberStructureIds(pdf: PDFDocument): number {
  const found: { container: PDFDict | PDFArray; key: Parameters<PDFDict['set']>[0] | number; id: string }[] = [];
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    for (const container of containers(object)) {
      const slots: [Parameters<PDFDict['set']>[0] | number, PDFObject][] =
        container instanceof PDFDict ? container.entries() : container.asArray().map((value, i) => [i, value]);
      for (const [key, value] of slots) {
        const text = textOf(value);
        if (text !== undefined && NODE_ID.test(text)) found.push({ container, key, id: text });
      }
    }
  }
  const ids = [...new Set(found.map(({ id }) => id))].sort(
    (a, b) => Number(NODE_ID.exec(a)![1]) - Number(NODE_ID.exec(b)![1]),
  );
  const width = Math.max(8, String(ids.length).length);
  const renamed = new Map(ids.map((id, rank) => [id, `node${String(rank + 1).padStart(width, '0')}`]));
  for (const { container, key, id } of found) {
    const value = PDFString.of(renamed.get(id)!);
    if (container instanceof PDFDict) container.set(key as Parameters<PDFDict['set']>[0], value);
    else container.set(key as number, value);
  }
  return ids.length;
}
