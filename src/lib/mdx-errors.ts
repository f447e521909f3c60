/** Turns what would stop an MDX body, at compile or at render time, into messages an editor can act on. */
import { parse as parseJs, type Options as JsOptions } from 'acorn';
import { analyze } from 'eslint-scope';
import { KEYS } from 'eslint-visitor-keys';
import type { Program } from 'estree';
import type { Root } from 'mdast';
import globals from 'globals';
import { mdxToMdast } from 'satteri';
import { visit } from 'unist-util-visit';
import { closestId, type Problem } from './content-check/problems.ts';
import { MARKDOWN_FEATURES } from './markdown-features.ts';

interface MdxError {
  message?: string;
  reason?: string;
  line?: number;
  place?: { line?: number; start?: { line?: number } };
}

/**
 * The error's line must count from the top of the file (front matter included). `body`, when given,
 * lets the message name a table id written as in .md (`{#tbl-id}`), which MDX reads as an expression.
 */
export function mdxSyntaxProblem(file: string, error: unknown, body?: string): Problem {
  const e = error as MdxError;
  let reason = (e.reason ?? e.message ?? String(error)).split('\n')[0];
  let line = e.line ?? e.place?.start?.line ?? e.place?.line;
  // Sätteri's messages start with the place and end with the rule: `3:5: Unexpected … (mdx-jsx:…)`.
  const placed = /^(\d+):\d+: (.*?)(?: \([\w-]+:[\w-]+\))?$/.exec(reason);
  if (placed) [line, reason] = [line ?? Number(placed[1]), placed[2]];
  const tableId = line !== undefined ? /\{#([^}\s]*)\}/.exec(body?.split('\n')[line - 1] ?? '') : null;
  if (tableId) {
    return {
      file,
      field: `${line}行目`,
      message:
        `表の id ${tableId[0]} は、.mdx の章では \\{#${tableId[1]}\\} のように波かっこの前に \\ を付けて書いてください` +
        '（MDX は { } を式として読みます。.md の章ならそのままで使えます）。',
    };
  }
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
 * (with a program on each ESM block and expression, as parseMdxBody gives it): expressions naming
 * something that does not exist (`{foo}` written as text is a ReferenceError), components that are
 * not provided, props a component does not take and props it needs. Lines count from the top of
 * the file.
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
  const [o, i] = [outer, inner] as { start?: number; end?: number }[];
  if (o.start === undefined || i.start === undefined) return false;
  return o.start <= i.start && i.end! <= o.end!;
}

// eslint-scope reads ranges.
const JS: JsOptions = { ecmaVersion: 'latest', sourceType: 'module', locations: true, ranges: true };

/** Moves every position in an estree tree parsed alone to where its text is in the file. */
function shiftPositions(tree: unknown, offset: number, lines: number, moved = new Set<object>()): void {
  if (!tree || typeof tree !== 'object') return;
  if (Array.isArray(tree)) {
    for (const item of tree) shiftPositions(item, offset, lines, moved);
    return;
  }
  const node = tree as {
    start?: number;
    end?: number;
    range?: [number, number];
    loc?: { start: { line: number }; end: { line: number } };
  };
  if (typeof node.start === 'number' && !moved.has(node)) {
    moved.add(node);
    node.start += offset;
    node.end! += offset;
    node.range = [node.start, node.end!];
    // Nodes that start or end at one token share its position object: move each once.
    for (const point of node.loc ? [node.loc.start, node.loc.end] : []) {
      if (moved.has(point)) continue;
      moved.add(point);
      point.line += lines;
    }
  }
  for (const [key, value] of Object.entries(node))
    if (key !== 'loc' && key !== 'range') shiftPositions(value, offset, lines, moved);
}

/** Whether `text` is JavaScript with no statement in it (comments and white space). */
function onlyComments(text: string): boolean {
  try {
    return (parseJs(text, JS) as unknown as Program).body.length === 0;
  } catch {
    return false;
  }
}

/**
 * The program of an ESM block or an expression's text (`{…}`'s inside, or `...props` of a spread
 * attribute) that starts at `offset` of the file, on line `line`, positioned in the file. A syntax
 * error is thrown with its line in the file.
 */
function program(kind: 'esm' | 'expression' | 'spread', text: string, offset: number, line: number): Program {
  const [before, after] = kind === 'esm' ? ['', ''] : kind === 'spread' ? ['({', '\n})'] : ['(', '\n)'];
  let parsed: Program;
  try {
    parsed = parseJs(before + text + after, JS) as unknown as Program;
  } catch (error) {
    // `{/* a note */}`: only comments, an empty program.
    if (kind === 'expression' && onlyComments(text)) return { type: 'Program', sourceType: 'module', body: [] };
    const { loc, message } = error as { loc?: { line: number }; message: string };
    throw { line: line + (loc?.line ?? 1) - 1, reason: message.replace(/ \(\d+:\d+\)$/, '') };
  }
  shiftPositions(parsed, offset - before.length, line - 1);
  return parsed;
}

/** Each ESM block and expression of `tree` gets its program in `data.estree` (estree, lines and offsets of the file). */
function attachPrograms(tree: Root, body: string): void {
  const lineStarts = [0];
  for (let at = body.indexOf('\n'); at !== -1; at = body.indexOf('\n', at + 1)) lineStarts.push(at + 1);
  const lineAt = (offset: number) => {
    let [low, high] = [0, lineStarts.length - 1];
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
  const attach = (node: Node, kind: 'esm' | 'expression' | 'spread', offset: number) => {
    node.data = { ...node.data, estree: program(kind, String(node.value), offset, lineAt(offset)) };
  };
  visit(tree, (visited) => {
    const node = visited as Node & { position?: { start: { offset?: number } } };
    const start = node.position?.start.offset ?? 0;
    if (node.type === 'mdxjsEsm') attach(node, 'esm', start);
    else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression')
      attach(node, 'expression', start + 1);
    else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      // Attributes carry no position: their text is found in the element's opening tag.
      for (const attribute of node.attributes ?? []) {
        const value = attribute.value as Node | string | null | undefined;
        if (attribute.type === 'mdxJsxExpressionAttribute') {
          attach(attribute, 'spread', body.indexOf(String(attribute.value), start));
        } else if (value && typeof value === 'object') {
          attach(value, 'expression', body.indexOf(String(value.value), start));
        }
      }
    }
  });
}

/**
 * The body's syntax tree as the build's compiler reads it (Sätteri, with the site's Markdown
 * features), its ESM and expressions with their programs, or the syntax error that stops it.
 * Sätteri checks the expressions' JavaScript as it parses; ESM blocks are read here.
 */
function parseMdxBody(file: string, body: string): { tree: Root } | { problem: Problem } {
  try {
    const tree = mdxToMdast(body, { features: MARKDOWN_FEATURES }) as Root;
    attachPrograms(tree, body);
    return { tree };
  } catch (error) {
    return { problem: mdxSyntaxProblem(file, error, body) };
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
