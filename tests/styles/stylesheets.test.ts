import { transform } from 'lightningcss';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ENTRY = 'src/styles/site.css';
const BOOKS = ['src/styles/book-content.css', 'src/styles/book-print.css', 'src/styles/book-epub.css'];
// How a chapter prints names the parts it hides, and typesetting sets JLREQ details on any text;
// every other file styles only what it owns.
const CROSS_CUTTING = ['src/styles/print.css', 'src/styles/typesetting.css'];

const stylesheets = readdirSync('src', { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.css'))
  .map((f) => join('src', f))
  .sort();
const withoutComments = (file: string) => readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
const imports = (file: string) =>
  [...withoutComments(file).matchAll(/@import (?:url\()?'([^']+)'/g)].map((m) =>
    relative('.', resolve(dirname(file), m[1])),
  );
const layerOrder = /@layer ([\w, ]+);/.exec(withoutComments('src/styles/layers.css'))![1].split(/,\s*/);

/** The preludes of a stylesheet's blocks (`@layer x`, `@media …`, selectors), with their depth. */
function preludes(file: string): { text: string; depth: number }[] {
  const css = withoutComments(file);
  const out: { text: string; depth: number }[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < css.length; i++) {
    if (css[i] === '{') {
      out.push({ text: css.slice(start, i).trim(), depth: depth++ });
      start = i + 1;
    } else if (css[i] === '}' || css[i] === ';') {
      if (css[i] === '}') depth--;
      start = i + 1;
    }
  }
  return out;
}

/**
 * What a file's rules are about: for each rule, the class its first selector starts with (a shared
 * look such as `.button` may list a component's element after its own class).
 */
const subjects = (file: string) =>
  new Set(
    preludes(file)
      .filter((p) => !p.text.startsWith('@'))
      .map((p) => /^[a-z]*\.([\w-]+)/.exec(p.text)?.[1])
      .filter((name): name is string => Boolean(name)),
  );

const site = imports(ENTRY).filter((f) => !f.endsWith('layers.css'));

describe('stylesheets', () => {
  // Several people edit these files; a lost brace silently swallows every rule after it in the browser.
  // (The books' stylesheets use Vivliostyle's extensions, which lightningcss does not know.)
  it.each(stylesheets.filter((f) => !BOOKS.includes(f)))('%s parses without errors or recovered rules', (file) => {
    const warnings: string[] = [];
    expect(() => {
      const result = transform({ filename: file, code: readFileSync(file), errorRecovery: true });
      for (const w of result.warnings) warnings.push(`${w.loc.line}:${w.loc.column} ${w.message}`);
    }).not.toThrow();
    expect(warnings).toEqual([]);
  });

  it.each(stylesheets)('%s closes every block it opens', (file) => {
    const text = withoutComments(file).replace(/'[^']*'/g, '');
    expect(text.split('{').length).toBe(text.split('}').length);
  });

  it('links one stylesheet, which imports every stylesheet of the site and none that is missing', () => {
    const layout = readFileSync('src/layouts/BaseLayout.astro', 'utf8');
    expect([...layout.matchAll(/^import '([^']+\.css)';/gm)].map((m) => m[1])).toEqual(['../styles/site.css']);
    expect(imports(ENTRY).filter((f) => !stylesheets.includes(f))).toEqual([]);
    const books = [...BOOKS, ...BOOKS.flatMap(imports)];
    const unused = stylesheets.filter((f) => f !== ENTRY && !imports(ENTRY).includes(f) && !books.includes(f));
    expect(unused).toEqual([]);
  });

  it('puts every rule of the site in a layer that layers.css orders', () => {
    for (const file of site) {
      const top = preludes(file).filter((p) => p.depth === 0);
      expect(top.length, file).toBeGreaterThan(0);
      for (const { text } of top) expect(layerOrder, `${file}: ${text}`).toContain(text.replace(/^@layer /, ''));
    }
  });

  it('styles each class from one file: its component’s, page’s or builder’s, or a shared one', () => {
    const owners = new Map<string, string[]>();
    for (const file of site.filter((f) => !CROSS_CUTTING.includes(f))) {
      for (const name of subjects(file)) owners.set(name, [...(owners.get(name) ?? []), file]);
    }
    expect(owners.size).toBeGreaterThan(100);
    expect([...owners].filter(([, files]) => files.length > 1)).toEqual([]);
  });
});
