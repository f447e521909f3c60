/**
 * Seeded mutations of the real chapters: one editor's mistake each (braces around a random piece of
 * the text, a misspelled or unclosed component, a registry id one letter off, a ruby or table written
 * wrong, a front-matter field lost or broken), with the file and the line the content check must name.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { seeded } from './search/quality.ts';

export interface Mutation {
  /** Which mistake, for the test's name. */
  kind: string;
  /** The chapter, relative to the content folder. */
  file: string;
  /** The chapter as mutated. */
  text: string;
  /** What the check must report: a field starting with this (`12行目`, `regions`, …). */
  field: string | RegExp;
}

/** The chapters of the real content/ (editions' own pages too), relative to it. */
export function realChapters(contentDir = 'content'): string[] {
  const editions = join(contentDir, 'editions');
  return readdirSync(editions, { recursive: true })
    .map(String)
    .filter((f) => /\.mdx?$/.test(f))
    .sort()
    .map((f) => relative(contentDir, join(editions, f)));
}

interface Body {
  lines: string[];
  /** Index (0-based) of the first line after the front matter. */
  start: number;
}

function split(text: string): Body {
  const lines = text.split('\n');
  return { lines, start: lines.indexOf('---', 1) + 1 };
}

/** Lines of plain prose (no markup that a change could combine with), as 0-based indexes. */
function proseLines({ lines, start }: Body): number[] {
  const prose: number[] = [];
  let fenced = false;
  for (let i = start; i < lines.length; i++) {
    if (lines[i].startsWith('```')) fenced = !fenced;
    if (!fenced && /^[^\s#|<>*\-:{}[\]!`\d]/.test(lines[i]) && !/[{}<>|《》｜]/.test(lines[i]) && lines[i].length > 6) {
      prose.push(i);
    }
  }
  return prose;
}

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)];

type Maker = (body: Body, random: () => number) => { lines: string[]; field: string | RegExp } | undefined;

/** Adds a paragraph after a random prose line; the mistake is on the line it lands on. */
function paragraph(make: (line: string, random: () => number) => string): Maker {
  return (body, random) => {
    const at = pick(random, proseLines(body));
    if (at === undefined) return undefined;
    const lines = [...body.lines];
    lines.splice(at + 1, 0, '', make(lines[at], random));
    return { lines, field: `${at + 3}行目` };
  };
}

/** A random piece of a line, 1–6 characters, trimmed of spaces. */
function piece(line: string, random: () => number): string {
  const chars = [...line.replace(/[\s、。「」（）]/g, '')];
  const from = Math.floor(random() * Math.max(1, chars.length - 1));
  return chars.slice(from, from + 1 + Math.floor(random() * 6)).join('') || '語';
}

function frontField(body: Body, field: string) {
  return body.lines.slice(0, body.start).findIndex((l) => l.startsWith(`${field}:`));
}

/** Every kind of mistake the mutations are drawn from. */
export const MUTATION_KINDS = () => Object.keys(MAKERS);

const MAKERS: Record<string, Maker> = {
  'braces around a piece of the text': paragraph((line, random) => `この段落は{${piece(line, random)}}を含む。`),
  'braces written as ruby': paragraph((line, random) => `この段落は{${piece(line, random)}|よみ}を含む。`),
  'a misspelled component': paragraph(() => '<KeyFigur value="1" unit="人" label="数" source="資料" />'),
  'an unknown attribute': paragraph(
    () => '<Figure caption="見出し" source="資料" sorce="資料">\n\n![図](x.png)\n\n</Figure>',
  ),
  // The parser may pair the new tag with a later closing tag and report an earlier one as unclosed.
  'an unclosed component': (body, random) => {
    const result = paragraph(() => '<Column title="囲み">\n\n本文。')(body, random);
    return result && { ...result, field: /^\d+行目/ };
  },
  'a table outside a figure': paragraph((line, random) => `| ${piece(line, random)} | 値 |\n| --- | --- |\n| a | 1 |`),
  'ruby without a reading': paragraph((line, random) => `${piece(line, random)}《》を含む。`),
  'an unclosed ruby': paragraph((line, random) => `${piece(line, random)}《よみを含む。`),
  'a figure without a source': paragraph(
    (line, random) =>
      `<Figure caption="${piece(line, random)}">\n\n| 年 | 人数 |\n| --- | --- |\n| 2021 | 1 |\n\n</Figure>`,
  ),
  'a registry id one letter off': (body, random) => {
    // The first id of the list, written in flow style (`regions: [a, b]`) or block style (`  - a` below).
    const firstId = (f: string) => {
      const i = frontField(body, f);
      if (i < 0) return -1;
      if (/\[[a-z]/.test(body.lines[i])) return i;
      return /^\s+- [a-z]/.test(body.lines[i + 1] ?? '') ? i + 1 : -1;
    };
    const fields = ['questions', 'signs', 'regions'].filter((f) => firstId(f) >= 0);
    if (fields.length === 0) return undefined;
    const field = pick(random, fields);
    const lines = [...body.lines];
    const i = firstId(field);
    lines[i] = lines[i].replace(
      /(\[|- )([a-z0-9-]+)/,
      (_all, before: string, id: string) => `${before}${id.slice(0, -1)}${id.endsWith('x') ? 'y' : 'x'}`,
    );
    return { lines, field };
  },
  'a required field lost': (body, random) => {
    const field = pick(random, ['title', 'summary']);
    const i = frontField(body, field);
    if (i < 0) return undefined;
    const lines = [...body.lines];
    lines.splice(i, 1);
    return { lines, field };
  },
  'front matter YAML broken': (body) => {
    const i = frontField(body, 'title');
    if (i < 0) return undefined;
    const lines = [...body.lines];
    lines.splice(i + 1, 0, '  : [');
    return { lines, field: /./ };
  },
};

/** `count` mutations of the real chapters, the same on every run for a seed. */
export function mutations(count: number, seed: number, contentDir = 'content'): Mutation[] {
  const random = seeded(seed);
  const chapters = realChapters(contentDir);
  const kinds = Object.keys(MAKERS);
  const made: Mutation[] = [];
  while (made.length < count) {
    const file = pick(random, chapters);
    const kind = pick(random, kinds);
    const result = MAKERS[kind](split(readFileSync(join(contentDir, file), 'utf8')), random);
    if (result) made.push({ kind, file, text: result.lines.join('\n'), field: result.field });
  }
  return made;
}
