import { PDFArray, PDFDict, PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { renumberStructureIds } from '../../../scripts/lib/pdf-structure-ids.ts';

/**
 * A document shaped as Chromium writes a table's structure: header and data cells with /ID, a data
 * cell's /Headers pointing at its header, and the /IDTree naming both; Chromium's node count starts at `from`.
 */
async function tableDocument(from: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const { context } = pdf;
  const name = (n: number) => PDFString.of(`node${String(from + n).padStart(8, '0')}`);
  const header = context.obj({ Type: 'StructElem', S: 'TH', ID: name(0) });
  const cell = context.obj({ Type: 'StructElem', S: 'TD', ID: name(7) });
  cell.set(PDFName.of('A'), context.obj([context.obj({ O: 'Table', Headers: [name(0)] })]));
  const [headerRef, cellRef] = [context.register(header), context.register(cell)];
  const idTree = context.obj({ Names: [name(0), headerRef, name(7), cellRef], Limits: [name(0), name(7)] });
  pdf.catalog.set(PDFName.of('StructTreeRoot'), context.obj({ Type: 'StructTreeRoot', IDTree: idTree }));
  pdf.addPage();
  renumberStructureIds(pdf);
  return pdf.save({ useObjectStreams: false });
}

describe('renumberStructureIds', () => {
  it('gives the same bytes whatever Chromium counted, with each name replaced everywhere it was', async () => {
    const [a, b] = await Promise.all([tableDocument(763), tableDocument(764)]);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const pdf = await PDFDocument.load(a, { updateMetadata: false });
    const root = pdf.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);
    const names = root.lookup(PDFName.of('IDTree'), PDFDict).lookup(PDFName.of('Names'), PDFArray);
    const text = (i: number) => (names.get(i) as PDFString).decodeText();
    // In the order they had, so the name tree stays sorted.
    expect([text(0), text(2)]).toEqual(['node00000001', 'node00000002']);
    const cell = pdf.context.lookup(names.get(3), PDFDict);
    expect((cell.get(PDFName.of('ID')) as PDFString).decodeText()).toBe('node00000002');
    const attributes = cell.lookup(PDFName.of('A'), PDFArray).lookup(0, PDFDict);
    expect((attributes.lookup(PDFName.of('Headers'), PDFArray).get(0) as PDFString).decodeText()).toBe('node00000001');
  });
});
