/**
 * check:content's MDX checks against what really fails: each case is also compiled and run as the
 * build does (Sätteri, with the site's Markdown features; the MDX function the page renders, with
 * the site's components), and a body that throws there must be reported. Cases come from the
 * component registry and from seeded mutations of the real chapters.
 */
import { evaluate, mdxToJs } from 'satteri';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readMdxComponents } from '../../scripts/lib/mdx-components.ts';
import { MARKDOWN_FEATURES } from '../../src/lib/markdown-features.ts';
import { mdxProblems, type ComponentContract } from '../../src/lib/mdx-errors.ts';

let components: ComponentContract[];
beforeAll(async () => {
  components = await readMdxComponents();
});

const problemsOf = (body: string) => mdxProblems('x.mdx', body, components).problems;

/** Whether the build's MDX compiler (Sätteri, with the site's features) accepts the body. */
const compiles = (body: string) =>
  Promise.resolve()
    .then(() => mdxToJs(body, { features: MARKDOWN_FEATURES }))
    .then(
      () => true,
      () => false,
    );

/**
 * Whether the body throws when its MDX function runs with the site's components (as a page renders
 * it), compiled as the site compiles it.
 */
async function throwsAtRender(body: string): Promise<boolean> {
  // A runtime that calls every component, so that nested children are evaluated too.
  const jsx = (type: unknown, props: unknown) =>
    typeof type === 'function' ? (type as (p: unknown) => unknown)(props) : null;
  const provided = Object.fromEntries(['Fragment', ...components.map((c) => c.name)].map((n) => [n, () => null]));
  try {
    const { default: Content } = await evaluate(body, {
      features: MARKDOWN_FEATURES,
      Fragment: () => null,
      jsx,
      jsxs: jsx,
    });
    (Content as (props: unknown) => unknown)({ components: provided });
    return false;
  } catch {
    return true;
  }
}

/** A small seeded generator (mulberry32), so a failing case can be replayed. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('the components check:content knows', () => {
  it('are every component the chapters get, with the props each one declares', () => {
    const names = components.map((c) => c.name).sort();
    expect(names).toEqual(['A', 'Column', 'Figure', 'Interview', 'KeyFigure', 'Q']);
    expect(components.find((c) => c.name === 'Figure')!.props).toEqual([
      { name: 'caption', required: true },
      { name: 'source', required: false },
      { name: 'sourceUrl', required: false },
      { name: 'id', required: false },
    ]);
    expect(components.find((c) => c.name === 'Interview')!.props).toEqual([]);
  });
});

describe('mdxRenderProblems', () => {
  it('accepts every component with its required props, and reports each prop it does not take and each it lacks', async () => {
    for (const component of components) {
      const required = component.props.filter((p) => p.required);
      const attrs = (props: readonly { name: string }[]) => props.map((p) => ` ${p.name}="x"`).join('');
      expect(problemsOf(`<${component.name}${attrs(required)}>\n\n本文\n\n</${component.name}>\n`)).toEqual([]);
      expect(problemsOf(`<${component.name}${attrs(component.props)} />\n`)).toEqual([]);

      const extra = problemsOf(`<${component.name}${attrs(required)} colour="x" />\n`);
      expect(extra).toEqual([
        {
          file: 'x.mdx',
          field: `1行目 ${component.name}.colour`,
          message: expect.stringContaining('colour という属性はありません'),
        },
      ]);
      for (const prop of required) {
        const lacking = problemsOf(`<${component.name}${attrs(required.filter((p) => p !== prop))} />\n`);
        expect(lacking).toEqual([
          {
            file: 'x.mdx',
            field: `1行目 ${component.name}.${prop.name}`,
            message: expect.stringContaining(`${prop.name}="…" が必要です`),
          },
        ]);
      }
    }
  });

  it('reports a misspelled component with the one it probably is, for every component', async () => {
    for (const { name } of components.filter((c) => c.name.length > 2)) {
      const typo = name.slice(0, -2) + name.at(-1) + name.at(-2);
      const [problem] = problemsOf(`前の段落。\n\n<${typo} />\n`);
      expect(problem).toEqual({
        file: 'x.mdx',
        field: '3行目',
        message: expect.stringContaining(`<${typo}> というコンポーネントはありません。「${name}」の書き間違いなら`),
      });
      expect(await throwsAtRender(`<${typo} />\n`)).toBe(true);
    }
  });

  it('reports text in braces that names nothing, with the line and how to write the braces as text', async () => {
    const body = '---\ntitle: x\n---\n\n年収は{地域によって異なる}。\n';
    const problems = problemsOf(body);
    expect(problems).toEqual([
      {
        file: 'x.mdx',
        field: '5行目',
        message: expect.stringContaining('\\{地域によって異なる\\} のように前に \\ を付けるか、全角の ｛ ｝'),
      },
    ]);
    expect(problems[0].message).toContain('ReferenceError');
    expect(await throwsAtRender('年収は{地域によって異なる}。\n')).toBe(true);
  });

  it.each([
    ['an escaped brace', '年収は\\{地域によって異なる\\}。'],
    ['a comment', '{/* 編集メモ */}本文。'],
    ['a built-in', '{Math.max(1, 2)}'],
    ['a name the file exports', 'export const year = 2021\n\n{year}年'],
    ['a function parameter', '{[1, 2].map((n) => n * 2).join("、")}'],
    ['a fragment', '<Fragment>本文</Fragment>'],
    ['an HTML element', '<span lang="en">career</span>'],
  ])('accepts %s', async (_, body) => {
    expect(problemsOf(body)).toEqual([]);
    expect(await throwsAtRender(body)).toBe(false);
  });

  it('reports a name inside an attribute and inside a component, once per place', async () => {
    const problems = problemsOf('<Figure caption={title}>\n\n{note} と {note}\n\n</Figure>\n');
    expect(problems.map((p) => [p.field, p.message.slice(0, 6)])).toEqual([
      ['1行目', '属性の {…'],
      ['3行目', '{note}'],
    ]);
  });

  it('keeps reporting a syntax error as before, with the line', async () => {
    expect(problemsOf('一段落目。\n\n比率は<3割だった。\n')).toEqual([
      { file: 'x.mdx', field: '3行目', message: expect.stringMatching(/^MDX として読めません.*\\</) },
    ]);
  });

  it('names a table id written as in .md ({#tbl-id}) and how to write it in MDX', () => {
    expect(problemsOf('| 年 | 人数 |\n| --- | --- |\n| 2021 | 38 |\n\n: 人数 {#tbl-members}\n')).toEqual([
      { file: 'x.mdx', field: '5行目', message: expect.stringContaining('\\{#tbl-members\\} のように') },
    ]);
  });

  it('finds by parsing exactly the syntax errors the build compiler finds (seeded MDX-syntax mutations of the real chapters)', async () => {
    const dir = 'content/editions';
    const bodies = readdirSync(dir).flatMap((year) =>
      readdirSync(join(dir, year))
        .filter((f) => f.endsWith('.mdx'))
        .map(
          (f) =>
            parseFrontmatter(readFileSync(join(dir, year, f), 'utf8'), { frontmatter: 'empty-with-spaces' }).content,
        ),
    );
    const next = random(7);
    const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
    const inserts = [
      '{',
      '}',
      '<',
      '>',
      '</Figure>',
      '<Figure>',
      '{x',
      '<a',
      '<>',
      '</>',
      '{1+}',
      '<Foo bar={}>',
      '<p>{</p>',
      '{...x}',
      '<x:y />',
      '<a b="c" b="d" />',
      'export const x = 1\n',
      'import x from "y"\n',
      'export default 1\n',
      '\nexport const a = </b>\n',
      'export const y = await 1\n',
      '<!-- c -->',
      '&',
      '`',
    ];
    let syntaxErrors = 0;
    for (let n = 0; n < 400; n++) {
      const body = pick(bodies);
      let at = Math.floor(next() * body.length);
      if (next() < 0.5) at = body.lastIndexOf('\n', at) + 1;
      const insert = pick(inserts);
      const mutated = body.slice(0, at) + insert + body.slice(at);
      const parses = mdxProblems('x.mdx', mutated, components).tree !== undefined;
      const built = await compiles(mutated);
      // The check parses with the build's own parser: it stops exactly the bodies the build cannot compile.
      expect(parses, mutated.slice(Math.max(0, at - 20), at + 40)).toBe(built);
      if (!built) syntaxErrors++;
    }
    expect(syntaxErrors).toBeGreaterThan(100);
  });

  it(
    'catches every seeded mutation of the real chapters that fails when rendered (and the real chapters pass)',
    { timeout: 120_000 },
    async () => {
      const dir = 'content/editions';
      const bodies = readdirSync(dir).flatMap((year) =>
        readdirSync(join(dir, year))
          .filter((f) => f.endsWith('.mdx'))
          .map(
            (f) =>
              parseFrontmatter(readFileSync(join(dir, year, f), 'utf8'), { frontmatter: 'empty-with-spaces' }).content,
          ),
      );
      for (const body of bodies) expect(problemsOf(body)).toEqual([]);

      const next = random(16);
      const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
      const names = components.map((c) => c.name);
      const mutations = [
        // Braces around a piece of the prose, as an editor who meant them as text would write them.
        (lines: string[], i: number) => {
          const line = lines[i];
          const from = Math.floor(next() * line.length);
          const to = Math.min(line.length, from + 1 + Math.floor(next() * 8));
          lines[i] = `${line.slice(0, from)}{${line.slice(from, to)}}${line.slice(to)}`;
        },
        // A component name with one letter changed.
        (lines: string[], i: number) => {
          const name = pick(names);
          const at = Math.floor(next() * name.length);
          const typo = name.slice(0, at) + String.fromCharCode(65 + Math.floor(next() * 26)) + name.slice(at + 1);
          lines.splice(i, 0, '', `<${typo} />`, '');
        },
      ];
      let failing = 0;
      let caught = 0;
      let syntaxOnly = 0;
      for (let n = 0; n < 200; n++) {
        const lines = pick(bodies).split('\n');
        const prose = lines.flatMap((l, i) => (/^[^\s<#|{!-]/.test(l) && l.length > 8 ? [i] : []));
        pick(mutations)(lines, pick(prose));
        const body = lines.join('\n');
        if (!(await throwsAtRender(body))) continue;
        failing++;
        const problems = problemsOf(body);
        if (problems.length > 0) caught++;
        if (problems.some((p) => p.message.startsWith('MDX として読めません'))) syntaxOnly++;
      }
      // Before these checks, only the syntax errors were caught; every case that fails is caught now.
      expect(failing).toBeGreaterThan(50);
      expect(caught).toBe(failing);
      expect(syntaxOnly).toBeLessThan(failing);
      console.log(
        `MDX mutations that fail at render: ${failing}; caught before (syntax only): ${syntaxOnly}; caught now: ${caught}`,
      );
    },
  );
});
