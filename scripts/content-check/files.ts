/**
 * Reads content/ from disk the way the Astro collections do, validates each file with the same
 * zod schemas, compiles each MDX body to find syntax errors, then runs the cross-file checks.
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import yaml from 'js-yaml';
import { readFile, readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import { chapterSchema } from '../../src/schemas/chapter.ts';
import { editionSchema } from '../../src/schemas/edition.ts';
import { personSchema } from '../../src/schemas/person.ts';
import { pressSchema } from '../../src/schemas/press.ts';
import { regionSchema } from '../../src/schemas/region.ts';
import { topicSchema } from '../../src/schemas/topic.ts';
import {
  findContentProblems,
  type ContentInput,
  type Problem,
  type RegistryInput,
} from '../../src/lib/content-check/problems.ts';
import { mdxProblems, type ComponentContract } from '../../src/lib/mdx-errors.ts';
import { readMdxComponents } from '../lib/mdx-components.ts';
import { placeholderProblems } from '../../src/lib/placeholders.ts';
import { describeFigures, findFigures } from '../../src/lib/figures.ts';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { rubyProblems } from '../../src/lib/ruby.ts';

const projectRoot = process.cwd();
const rel = (path: string) => relative(projectRoot, path) || path;

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

async function list(dir: string): Promise<string[]> {
  return (await exists(dir)) ? (await readdir(dir)).sort() : [];
}

/** Zod issues as problems naming the file and the field. */
function schemaProblems(file: string, error: z.ZodError, prefix = ''): Problem[] {
  return error.issues.map((issue) => ({
    file,
    field: prefix + (issue.path.length ? issue.path.join('.') : '(全体)'),
    message: issue.message,
  }));
}

interface Parsed<T> {
  file: string;
  data?: T;
  /** The front matter as written, before the schema (undefined when the YAML cannot be read). */
  frontmatter?: Record<string, unknown>;
}

/**
 * Reads one edition, chapter or press file. `unpublished` says from its front matter whether it
 * stays out of a production build, which makes what is left to write a warning, not an error.
 */
async function readDocument<S extends z.ZodType>(
  path: string,
  schema: S,
  problems: Problem[],
  unpublished: (frontmatter: Record<string, unknown>) => boolean,
  components: readonly ComponentContract[],
  { figures = true } = {},
): Promise<Parsed<z.output<S>>> {
  const file = rel(path);
  const source = await readFile(path, 'utf8');
  let frontmatter: Record<string, unknown>;
  let body: string;
  try {
    // Blanking the front matter keeps line numbers of the body equal to those of the file.
    const parsed = parseFrontmatter(source, { frontmatter: 'empty-with-spaces' });
    // YAML's own timestamps roll an impossible date over (2021-13-01 → 2022-01-01) before the schema
    // sees it; read dates as the text the editor wrote so the schema can reject them.
    frontmatter = (yaml.load(parsed.rawFrontmatter, { schema: yaml.CORE_SCHEMA }) ?? {}) as Record<string, unknown>;
    body = parsed.content;
  } catch (error) {
    problems.push({
      file,
      field: '(front matter)',
      message: `先頭の --- と --- の間の YAML が読めません: ${(error as Error).message.split('\n')[0]}。字下げとコロンの後の空白を確かめてください。`,
    });
    return { file };
  }
  problems.push(...placeholderProblems(file, source, unpublished(frontmatter)));
  let found: Problem[] = [];
  let tree: Root | undefined;
  if (path.endsWith('.mdx')) ({ problems: found, tree } = mdxProblems(file, body, components));
  else if (figures) tree = unified().use(remarkParse).use(remarkGfm).parse(body);
  // Figures are checked on the syntax tree the site is built from (src/lib/figures.ts).
  if (figures) {
    const figureProblems = tree ? describeFigures(findFigures(tree), undefined).problems : [];
    // A figure's own message says more than the component's generic one for the same attribute.
    const fields = new Set(figureProblems.map((p) => p.field));
    found = [
      ...found.filter((p) => !fields.has(p.field)),
      ...figureProblems.map(({ field, message }) => ({ file, field, message })),
    ];
  }
  problems.push(...found);
  for (const { line, message } of rubyProblems(body)) problems.push({ file, field: `${line}行目`, message });
  const result = schema.safeParse(frontmatter);
  if (!result.success) {
    problems.push(...schemaProblems(file, result.error));
    return { file, frontmatter };
  }
  return { file, data: result.data, frontmatter };
}

async function readRegistry<S extends z.ZodType>(path: string, schema: S, problems: Problem[]): Promise<RegistryInput> {
  const file = rel(path);
  if (!(await exists(path))) {
    problems.push({
      file,
      field: '(ファイル)',
      message: `${file} がありません。空でも [] と書いたファイルを置いてください。`,
    });
    return { file, entries: [] };
  }
  let raw: unknown;
  try {
    raw = yaml.load(await readFile(path, 'utf8'));
  } catch (error) {
    problems.push({ file, field: '(YAML)', message: `YAML が読めません: ${(error as Error).message.split('\n')[0]}` });
    return { file, entries: [] };
  }
  if (!Array.isArray(raw)) {
    problems.push({ file, field: '(全体)', message: '項目を「- id: …」で始まるリストとして書いてください。' });
    return { file, entries: [] };
  }
  const entries = raw.flatMap((item, index) => {
    const result = schema.safeParse(item);
    if (result.success) return [result.data as { id: string; aliases: string[] }];
    const label = typeof item?.id === 'string' ? item.id : `${index + 1}番目`;
    problems.push(...schemaProblems(file, result.error, `${label}.`));
    return [];
  });
  return { file, entries };
}

/** The MDX problems of one file (syntax, and what would fail at render time), lines counted in the file. */
export async function checkMdxFile(path: string): Promise<Problem[]> {
  const { content } = parseFrontmatter(await readFile(path, 'utf8'), { frontmatter: 'empty-with-spaces' });
  return mdxProblems(rel(path), content, await readMdxComponents()).problems;
}

type ChapterInput = ContentInput['chapters'][number];

const isDraftEdition = (frontmatter: Record<string, unknown>) => frontmatter.status === 'draft';
const isDraftEntry = (frontmatter: Record<string, unknown>) => frontmatter.draft === true;

export interface CheckResult {
  problems: Problem[];
  counts: { editions: number; chapters: number; press: number; registryEntries: number };
  /** What was read, validated: for tools and tests that need the content without a build. */
  content: {
    editions: ({ year: number; file: string } & z.output<typeof editionSchema>)[];
    chapters: (ChapterInput & z.output<typeof chapterSchema>)[];
    press: ({ file: string; slug: string } & z.output<typeof pressSchema>)[];
    registries: Record<'questions' | 'signs' | 'regions' | 'people', RegistryInput>;
  };
}

export async function checkContentDir(contentDir: string): Promise<CheckResult> {
  const problems: Problem[] = [];
  const editionFiles: ContentInput['editions'][number][] = [];
  const editions: CheckResult['content']['editions'] = [];
  const credits: { file: string; person: string }[] = [];
  const chapters: CheckResult['content']['chapters'] = [];
  const editionsDir = join(contentDir, 'editions');
  const components = await readMdxComponents();

  for (const folder of await list(editionsDir)) {
    const dir = join(editionsDir, folder);
    if (!(await stat(dir)).isDirectory()) continue;
    if (!/^\d{4}$/.test(folder)) {
      problems.push({
        file: rel(dir),
        field: '(フォルダ名)',
        message: '版のフォルダ名は 2021 のような4桁の年にしてください。',
      });
      continue;
    }
    const year = Number(folder);
    const files = (await list(dir)).filter((f) => /\.mdx?$/.test(f));
    const index = files.find((f) => /^index\.mdx?$/.test(f));
    let editionDraft = false;
    if (index) {
      const edition = await readDocument(join(dir, index), editionSchema, problems, isDraftEdition, components);
      editionDraft = isDraftEdition(edition.frontmatter ?? {});
      // An index with bad front matter still makes the folder an edition for the other checks.
      editionFiles.push({ year, file: edition.file, draft: editionDraft });
      if (edition.data) editions.push({ ...edition.data, year, file: edition.file });
      if (edition.data?.cover && !(await exists(join(dir, edition.data.cover)))) {
        problems.push({
          file: edition.file,
          field: 'cover',
          message: `表紙の画像 ${edition.data.cover} がありません。npm run covers -- ${year} で描くか、cover の行を消してください。`,
        });
      }
      for (const credit of edition.data?.credits ?? []) credits.push({ file: edition.file, person: credit.person });
    }
    for (const name of files.filter((f) => f !== index)) {
      const chapter = await readDocument(
        join(dir, name),
        chapterSchema,
        problems,
        (frontmatter) => editionDraft || isDraftEntry(frontmatter),
        components,
      );
      const slug = name.replace(/\.mdx?$/, '');
      if (chapter.data) chapters.push({ ...chapter.data, year, slug, file: chapter.file });
    }
  }

  const press: CheckResult['content']['press'] = [];
  const pressDir = join(contentDir, 'press');
  for (const name of (await list(pressDir)).filter((f) => /\.mdx?$/.test(f))) {
    const release = await readDocument(join(pressDir, name), pressSchema, problems, isDraftEntry, components, {
      figures: false,
    });
    if (!/^\d{4}-\d{2}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*\.mdx?$/.test(name)) {
      problems.push({
        file: release.file,
        field: '(ファイル名)',
        message:
          'プレスリリースのファイル名は 2021-07-08-living-lab.mdx のように「日付-英小文字のスラッグ」にしてください。',
      });
    }
    if (release.data) press.push({ ...release.data, file: release.file, slug: name.replace(/\.mdx?$/, '') });
  }

  const [questions, signs, regions, people] = await Promise.all([
    readRegistry(join(contentDir, 'questions.yaml'), topicSchema, problems),
    readRegistry(join(contentDir, 'signs.yaml'), topicSchema, problems),
    readRegistry(join(contentDir, 'regions.yaml'), regionSchema, problems),
    readRegistry(join(contentDir, 'people.yaml'), personSchema, problems),
  ]);

  problems.push(
    ...findContentProblems({ editions: editionFiles, chapters, press, credits, questions, signs, regions, people }),
  );
  return {
    problems,
    counts: {
      editions: editionFiles.length,
      chapters: chapters.length,
      press: press.length,
      registryEntries: [questions, signs, regions, people].reduce((n, r) => n + r.entries.length, 0),
    },
    content: { editions, chapters, press, registries: { questions, signs, regions, people } },
  };
}
