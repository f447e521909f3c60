/** Turns what would stop an MDX body, at compile or at render time, into messages an editor can act on. */
import { createProcessor } from '@mdx-js/mdx';
import { analyze } from 'eslint-scope';
import { KEYS } from 'eslint-visitor-keys';
import type { Program } from 'estree';
import type { Root } from 'mdast';
import globals from 'globals';
import remarkGfm from 'remark-gfm';
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

function listOf(names: Iterable<string>): string {
  return [...names].join('、');
}

const lineField = (node?: { start: { line: number } }) => (node ? `${node.start.line}行目` : '(本文)');

/** Names used by expressions that nothing declares (ESM in the file, JS built-ins, what MDX provides). */
function referenceProblems(file: string, expressions: { node: Node; program: Program }[], declared: Set<string>) {
  // One module of every ESM block and expression, so an `export const` or `import` declares a name for all.
  const program: Program = { type: 'Program', sourceType: 'module', body: expressions.flatMap((e) => e.program.body) };
  const scopes = analyze(program, { ecmaVersion: 2024, sourceType: 'module', childVisitorKeys: KEYS });
  for (const scope of scopes.scopes) for (const variable of scope.variables) declared.add(variable.name);
  const problems = new Map<string, Problem>();
  for (const reference of scopes.globalScope?.through ?? []) {
    const { name, loc } = reference.identifier as { name: string; loc?: { start: { line: number } } };
    const field = lineField(loc);
    if (PROVIDED.has(name) || problems.has(`${field}:${name}`)) continue;
    const owner = expressions.find((e) => e.program.body.some((s) => contains(s, reference.identifier)))?.node;
    const text = typeof owner?.value === 'string' ? owner.value : name;
    const inText = owner?.type === 'mdxTextExpression' || owner?.type === 'mdxFlowExpression';
    problems.set(`${field}:${name}`, {
      file,
      field,
      message: inText
        ? `{${text}} は MDX では式として読まれますが、「${name}」は何も指していないので、ページを表示するときに止まります（ReferenceError）。` +
          `波かっこを文字として書くなら \\{${text}\\} のように前に \\ を付けるか、全角の ｛ ｝ を使ってください。`
        : `属性の {…} の中の「${name}」は何も指していないので、ページを表示するときに止まります。文字なら caption="…" のように引用符で囲んで書いてください。`,
    });
  }
  return [...problems.values()];
}

/** A component that is not provided, or given props it does not take, or lacking one it needs. */
function componentProblems(file: string, element: Node, contracts: Map<string, ComponentContract>): Problem[] {
  const name = element.name!;
  const field = lineField(element.position);
  const contract = contracts.get(name);
  if (!contract) {
    const guess = closestId(name, contracts.keys());
    return [
      {
        file,
        field,
        message:
          `<${name}> というコンポーネントはありません。` +
          (guess ? `「${guess}」の書き間違いなら直してください。` : '') +
          `章で使えるのは ${listOf([...contracts.keys()].map((n) => `<${n}>`))} です。` +
          '山かっこを文字として書くなら \\< のように前に \\ を付けるか、全角の ＜ を使ってください。',
      },
    ];
  }
  const attributes = element.attributes ?? [];
  // A spread ({...props}) may carry any prop: there is nothing to compare.
  if (attributes.some((a) => a.type !== 'mdxJsxAttribute')) return [];
  const given = new Set(attributes.map((a) => a.name!));
  const props = new Set(contract.props.map((p) => p.name));
  const accepted = contract.props.length
    ? `<${name}> が受け取る属性は ${listOf(contract.props.map((p) => (p.required ? `${p.name}（必須）` : p.name)))} です。`
    : `<${name}> は属性を受け取りません（中身だけを書きます）。`;
  // The field names the attribute (`13行目 Figure.caption`), as the figure checks do.
  const unknown = [...given]
    .filter((attribute) => !props.has(attribute))
    .map((attribute) => {
      const guess = closestId(attribute, props);
      return {
        file,
        field: `${field} ${name}.${attribute}`,
        message: `<${name}> に ${attribute} という属性はありません。${guess ? `「${guess}」の書き間違いなら直してください。` : ''}${accepted}`,
      };
    });
  const lacking = contract.props
    .filter((prop) => prop.required && !given.has(prop.name))
    .map((prop) => ({
      file,
      field: `${field} ${name}.${prop.name}`,
      message: `<${name}> には ${prop.name}="…" が必要です。${accepted}`,
    }));
  return [...unknown, ...lacking];
}

/**
 * What makes an MDX body that compiles fail when the page is rendered, found on its syntax tree
 * (from `@mdx-js/mdx`'s parser): expressions naming something that does not exist (`{foo}` written
 * as text is a ReferenceError), components that are not provided, props a component does not take
 * and props it needs. Lines count from the top of the file.
 */
export function mdxRenderProblems(file: string, tree: Root, components: readonly ComponentContract[]): Problem[] {
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
  const declared = new Set(PROVIDED_COMPONENTS);
  const problems = referenceProblems(file, expressions, declared);
  const contracts = new Map(components.map((c) => [c.name, c]));
  for (const element of elements) {
    // Fragments (<>), HTML elements (lower case, or with a dash) and what the file imports render as they are.
    const name = element.name;
    if (!name || /^[a-z]|-/.test(name) || declared.has(name.split('.')[0])) continue;
    problems.push(...componentProblems(file, element, contracts));
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
 * The body's syntax tree (MDX with GFM: tables, footnotes), or the syntax error that stops it.
 * The build compiles with Sätteri; this parser stops every body Sätteri cannot compile (400
 * seeded MDX-syntax mutations of the real chapters: no miss) and, of those it compiles, only an
 * import/export line right under a table row (4 of the 400), at a third of compiling's time.
 */
function parseMdxBody(file: string, body: string): { tree: Root } | { problem: Problem } {
  try {
    return { tree: createProcessor({ remarkPlugins: [remarkGfm] }).parse(body) as Root };
  } catch (error) {
    return { problem: mdxSyntaxProblem(file, error) };
  }
}

/**
 * Every problem of one MDX body, as check:content reports them: the syntax error if it does not
 * parse, else what would fail at render time; with the tree when it parses, for the figures.
 */
export function mdxProblems(
  file: string,
  body: string,
  components: readonly ComponentContract[],
): { problems: Problem[]; tree?: Root } {
  const parsed = parseMdxBody(file, body);
  if ('problem' in parsed) return { problems: [parsed.problem] };
  return { problems: mdxRenderProblems(file, parsed.tree, components), tree: parsed.tree };
}
