/** Turns what would stop an MDX body, at compile or at render time, into messages an editor can act on. */
import { compile, createProcessor } from '@mdx-js/mdx';
import { analyze } from 'eslint-scope';
import { KEYS } from 'eslint-visitor-keys';
import type { Program } from 'estree';
import type { Root } from 'mdast';
import globals from 'globals';
import { visit } from 'unist-util-visit';
import { closestId, type Problem } from './content-problems.ts';

interface MdxError {
  message?: string;
  reason?: string;
  line?: number;
  place?: { line?: number; start?: { line?: number } };
}

/** The error's line must count from the top of the file (front matter included). */
export function mdxSyntaxProblem(file: string, error: unknown): Problem {
  const e = error as MdxError;
  const line = e.line ?? e.place?.start?.line ?? e.place?.line;
  const reason = (e.reason ?? e.message ?? String(error)).split('\n')[0];
  return {
    file,
    field: line !== undefined ? `${line}行目` : '(本文)',
    message:
      `MDX として読めません（${reason}）。` +
      '本文の { } < は MDX では式やタグの始まりとみなされます。文字として書くなら \\{ \\} \\< のように前に \\ を付けるか、全角の ｛ ｝ ＜ を使ってください。' +
      'コンポーネントを使わない章なら、拡張子を .md に変えればこの制約はなくなります。',
  };
}

/** What a component used in MDX chapters accepts: its name and the props it declares. */
export interface ComponentContract {
  name: string;
  props: readonly { name: string; required: boolean }[];
}

/** Names an MDX body may use without declaring them: JS built-ins and what Astro's MDX provides. */
const PROVIDED = new Set([...Object.keys(globals.builtin), 'props', 'frontmatter']);
/** Astro's MDX passes Fragment to every document beside the site's components. */
const PROVIDED_COMPONENTS = new Set(['Fragment']);

type Node = {
  type: string;
  name?: string | null;
  value?: unknown;
  attributes?: Node[];
  position?: { start: { line: number } };
  data?: { estree?: Program };
};

const ESCAPE_BRACES =
  '波かっこを文字として書くなら \\{ \\} のように前に \\ を付けるか、全角の ｛ ｝ を使ってください。';

function listOf(names: Iterable<string>): string {
  return [...names].join('、');
}

/**
 * What makes an MDX body that compiles fail when the page is rendered, found on its syntax tree
 * (from `@mdx-js/mdx`'s parser): expressions naming something that does not exist (`{foo}` written
 * as text is a ReferenceError), components that are not provided, props a component does not take
 * and props it needs. Lines count from the top of the file.
 */
export function mdxRenderProblems(file: string, tree: Root, components: readonly ComponentContract[]): Problem[] {
  const problems: Problem[] = [];
  const expressions: { node: Node; program: Program }[] = [];
  const elements: Node[] = [];
  visit(tree, (visited) => {
    const node = visited as Node;
    if (node.data?.estree) expressions.push({ node, program: node.data.estree });
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      elements.push(node);
      for (const attribute of node.attributes ?? []) {
        const value = attribute.value as Node | undefined;
        if (attribute.data?.estree) expressions.push({ node: attribute, program: attribute.data.estree });
        if (value?.data?.estree) expressions.push({ node: value, program: value.data.estree });
      }
    }
  });

  // One module of every ESM block and expression, so an `export const` or `import` declares a name for all.
  const program: Program = {
    type: 'Program',
    sourceType: 'module',
    body: expressions.flatMap((e) => e.program.body),
  };
  const scopes = analyze(program, { ecmaVersion: 2024, sourceType: 'module', childVisitorKeys: KEYS });
  const declared = new Set(scopes.scopes.flatMap((scope) => scope.variables.map((v) => v.name)));
  const reported = new Set<string>();
  for (const reference of scopes.globalScope?.through ?? []) {
    const { name, loc } = reference.identifier as { name: string; loc?: { start: { line: number } } };
    const line = loc?.start.line;
    if (PROVIDED.has(name) || reported.has(`${line}:${name}`)) continue;
    reported.add(`${line}:${name}`);
    const owner = expressions.find((e) => e.program.body.some((s) => contains(s, reference.identifier)))?.node;
    const text = typeof owner?.value === 'string' ? owner.value : name;
    const inText = owner?.type === 'mdxTextExpression' || owner?.type === 'mdxFlowExpression';
    problems.push({
      file,
      field: line !== undefined ? `${line}行目` : '(本文)',
      message: inText
        ? `{${text}} は MDX では式として読まれますが、「${name}」は何も指していないので、ページを表示するときに止まります（ReferenceError）。${ESCAPE_BRACES.replace('\\{ \\}', `\\{${text}\\}`)}`
        : `属性の {…} の中の「${name}」は何も指していないので、ページを表示するときに止まります。文字なら caption="…" のように引用符で囲んで書いてください。`,
    });
  }

  const contracts = new Map(components.map((c) => [c.name, c]));
  const available = [...contracts.keys()];
  for (const element of elements) {
    const name = element.name;
    const line = element.position?.start.line;
    const field = line !== undefined ? `${line}行目` : '(本文)';
    // Fragments (<>) and HTML elements (lower case, or with a dash) render as they are.
    if (!name || /^[a-z]|-/.test(name)) continue;
    const base = name.split('.')[0];
    if (declared.has(base) || PROVIDED_COMPONENTS.has(base)) continue;
    const contract = contracts.get(name);
    if (!contract) {
      const guess = closestId(name, available);
      problems.push({
        file,
        field,
        message:
          `<${name}> というコンポーネントはありません。` +
          (guess ? `「${guess}」の書き間違いなら直してください。` : '') +
          `章で使えるのは ${listOf(available.map((n) => `<${n}>`))} です。` +
          '山かっこを文字として書くなら \\< のように前に \\ を付けるか、全角の ＜ を使ってください。',
      });
      continue;
    }
    const attributes = element.attributes ?? [];
    // A spread ({...props}) may carry any prop: there is nothing to compare.
    if (attributes.some((a) => a.type !== 'mdxJsxAttribute')) continue;
    const given = new Set(attributes.map((a) => a.name!));
    const props = new Set(contract.props.map((p) => p.name));
    const accepted = contract.props.length
      ? `<${name}> が受け取る属性は ${listOf(contract.props.map((p) => (p.required ? `${p.name}（必須）` : p.name)))} です。`
      : `<${name}> は属性を受け取りません（中身だけを書きます）。`;
    for (const attribute of given) {
      if (props.has(attribute)) continue;
      const guess = closestId(attribute, props);
      problems.push({
        file,
        field,
        message:
          `<${name}> に ${attribute} という属性はありません。` +
          (guess ? `「${guess}」の書き間違いなら直してください。` : '') +
          accepted,
      });
    }
    for (const prop of contract.props) {
      if (prop.required && !given.has(prop.name)) {
        problems.push({
          file,
          field,
          message: `<${name}> には ${prop.name}="…" が必要です。${accepted}`,
        });
      }
    }
  }
  const lineOf = (p: Problem) => Number.parseInt(p.field) || 0;
  return problems.sort((a, b) => lineOf(a) - lineOf(b));
}

/** Whether estree node `inner` is `outer` or inside it, by their offsets in the file. */
function contains(outer: unknown, inner: unknown): boolean {
  type Located = { loc?: { start: { offset?: number }; end: { offset?: number } } };
  const o = (outer as Located).loc;
  const i = (inner as Located).loc;
  if (o?.start.offset === undefined || i?.start.offset === undefined) return false;
  return o.start.offset <= i.start.offset && i.end.offset! <= o.end.offset!;
}

/**
 * Every problem of one MDX body, as check:content reports them: the syntax error if it does not
 * compile, else what would fail at render time.
 */
export async function mdxProblems(
  file: string,
  body: string,
  components: readonly ComponentContract[],
): Promise<Problem[]> {
  let tree;
  try {
    tree = createProcessor().parse(body);
    await compile(body, { development: false });
  } catch (error) {
    return [mdxSyntaxProblem(file, error)];
  }
  return mdxRenderProblems(file, tree, components);
}
