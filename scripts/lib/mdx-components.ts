/**
 * The components MDX chapters may use, read from the source so that check:content never drifts from
 * them: the names exported by src/components/mdx/index.ts and, for each, the members of the
 * `interface Props` in its .astro file (none: the component takes only its content), less those a
 * plugin sets (JSDoc `@internal`).
 */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import type { ComponentContract } from '../../src/lib/mdx-errors.ts';

export const MDX_COMPONENTS_INDEX = 'src/components/mdx/index.ts';

const parse = (file: string, text: string) => ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);

/** The props an Astro component declares in the `interface Props` of its front matter. */
export function astroProps(file: string, source: string): ComponentContract['props'] {
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '';
  const props = parse(file, frontmatter).statements.find(
    (s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === 'Props',
  );
  // Props a plugin sets (JSDoc `@internal`) are not the editor's to write.
  const editorial = (member: ts.TypeElement): member is ts.PropertySignature =>
    ts.isPropertySignature(member) && !ts.getJSDocTags(member).some((t) => t.tagName.text === 'internal');
  return (props?.members ?? []).filter(editorial).map((member) => ({
    name: (member.name as ts.Identifier).text,
    required: !member.questionToken,
  }));
}

export async function readMdxComponents(index = MDX_COMPONENTS_INDEX): Promise<ComponentContract[]> {
  const source = parse(index, await readFile(index, 'utf8'));
  const imports = new Map<string, string>();
  let exported: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && statement.importClause?.name) {
      imports.set(statement.importClause.name.text, (statement.moduleSpecifier as ts.StringLiteral).text);
    }
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (declaration.initializer && ts.isObjectLiteralExpression(declaration.initializer)) {
          exported = declaration.initializer.properties.flatMap((p) =>
            p.name && ts.isIdentifier(p.name) ? [p.name.text] : [],
          );
        }
      }
    }
  }
  return Promise.all(
    exported.map(async (name) => {
      const path = join(dirname(index), imports.get(name) ?? `${name}.astro`);
      return { name, props: astroProps(path, await readFile(path, 'utf8')) };
    }),
  );
}
