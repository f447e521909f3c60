/**
 * How the browser editor (Decap CMS) reads and writes a front-matter file, with the CMS's own YAML
 * and gray-matter packages (the versions its bundle is built with): the same steps as its
 * FrontmatterFormatter (decap-cms-core, formats/frontmatter.ts and yaml.ts). `npm run
 * admin:restyle` writes the content files in this style once, so that a later save in the editor
 * changes only the lines of the fields that were edited; tests/e2e/admin.test.ts checks, in the
 * browser, that the CMS writes the same bytes.
 */
import { createRequire } from 'node:module';

const fromApp = createRequire(createRequire(import.meta.url).resolve('decap-cms-app/package.json'));
const fromCore = createRequire(fromApp.resolve('decap-cms-core/package.json'));
const yaml = fromCore('yaml') as {
  parseDocument: (text: string) => { errors: unknown[]; toJSON: () => Record<string, unknown> };
  createNode: (value: unknown) => { items: { key?: { toString(): string } }[] };
  Document: new () => { contents: unknown; toString(): string };
};
const matter = fromCore('gray-matter') as {
  (text: string, options: object): { data: Record<string, unknown>; content: string };
  stringify: (body: string, data: object, options: object) => string;
};

const engine = {
  parse: (text: string) => {
    const document = yaml.parseDocument(text);
    if (document.errors.length) throw new Error(`YAML を読めません: ${String(document.errors[0])}`);
    return document.toJSON();
  },
  stringify: (data: object, options?: { sortedKeys?: string[] }) => {
    const order = options?.sortedKeys ?? [];
    const contents = yaml.createNode(data);
    contents.items.sort((a, b) => {
      const [i, j] = [order.indexOf(a.key?.toString() ?? ''), order.indexOf(b.key?.toString() ?? '')];
      return i === -1 || j === -1 ? 0 : i - j;
    });
    const document = new yaml.Document();
    document.contents = contents;
    return document.toString();
  },
};
const options = { engines: { yaml: engine }, language: 'yaml', delimiters: '---' };

/** The entry as the CMS holds it: the front matter's fields and the body. */
export function decapRead(text: string): { data: Record<string, unknown>; body: string } {
  const { data, content } = matter(text, options);
  return { data, body: content };
}

/** The file the CMS writes for the entry, its keys in the order of the collection's fields. */
export function decapWrite(data: Record<string, unknown>, body: string, fieldOrder: string[]): string {
  const file = matter.stringify(body, data, { ...options, sortedKeys: fieldOrder });
  // The CMS drops the line break gray-matter adds when the body did not end with one.
  return body.slice(-1) !== '\n' && file.slice(-1) === '\n' ? file.slice(0, -1) : file;
}

/** The file after the CMS opens it and saves it with `change` applied to its fields. */
export function decapSave(text: string, fieldOrder: string[], change: Record<string, unknown> = {}): string {
  const { data, body } = decapRead(text);
  return decapWrite({ ...data, ...change }, body, fieldOrder);
}
