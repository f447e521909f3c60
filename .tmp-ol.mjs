import { PDFDocument, PDFName, PDFDict } from 'pdf-lib';
import { readFileSync } from 'node:fs';
const pdf = await PDFDocument.load(readFileSync(process.argv[2]));
const ol = pdf.catalog.lookup(PDFName.of('Outlines'));
console.log('outlines', !!ol);
if (ol) { let it = ol.lookup(PDFName.of('First')); while (it) { console.log(it.lookup(PDFName.of('Title')).decodeText(), String(it.get(PDFName.of('Dest')))); it = it.lookup(PDFName.of('Next')); } }
const names = pdf.catalog.lookup(PDFName.of('Dests')) ?? pdf.catalog.lookup(PDFName.of('Names'));
console.log('dests', names ? String(names).slice(0,300) : null);
