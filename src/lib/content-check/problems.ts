/**
 * Checks across files that a per-file schema cannot make: ids that must exist in a registry,
 * orders that must be unique in an edition, editions that must have an index. The build and
 * `npm run check:content` both call it, so an editor sees the same message either way.
 */
import { idPattern } from '../../schemas/fields.ts';

export interface Problem {
  /** Path of the file, relative to the project root. */
  file: string;
  /** Front-matter field or registry entry at fault. */
  field: string;
  /** What is wrong and what to do, in Japanese. */
  message: string;
  /**
   * `warning`: reported but does not stop the check or the build (something left to write in an
   * entry that is still a draft). Errors are the default.
   */
  severity?: 'warning';
}

export const isError = (problem: Problem) => problem.severity !== 'warning';

export interface RegistryInput {
  file: string;
  entries: readonly { id: string; aliases?: readonly string[] }[];
}

export interface ContentInput {
  /** `draft`: the edition's status is draft, so none of its chapters is published. */
  editions: readonly { year: number; file: string; draft?: boolean }[];
  chapters: readonly {
    year: number;
    slug: string;
    file: string;
    order: number;
    questions: readonly string[];
    signs: readonly string[];
    regions: readonly string[];
    authors: readonly string[];
    people?: readonly string[];
    draft?: boolean;
  }[];
  press?: readonly {
    file: string;
    editions: readonly number[];
    regions: readonly string[];
    questions?: readonly string[];
    signs?: readonly string[];
  }[];
  questions: RegistryInput;
  signs: RegistryInput;
  regions: RegistryInput;
  people: RegistryInput;
  /** People credited in editions, checked against people.yaml. */
  credits?: readonly { file: string; person: string }[];
}

/** Chapter file names an edition's own pages use (/2021/figures/, /2021/sources/). */
const RESERVED_SLUGS = new Map([
  ['figures', '図表一覧'],
  ['sources', '出典一覧'],
]);

/** Edit distance, to suggest the id an editor probably meant. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}

export function closestId(id: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = distance(id, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(id.length / 3)) ? best : undefined;
}

function registryFile(registry: RegistryInput): string {
  return registry.file.split('/').pop() ?? registry.file;
}

function unknownIdProblems(
  file: string,
  field: string,
  ids: readonly string[],
  registry: RegistryInput,
  live: Set<string>,
): Problem[] {
  return ids
    .filter((id) => !live.has(id))
    .map((id) => {
      const guess = closestId(id, live);
      return {
        file,
        field,
        message:
          `「${id}」は ${registryFile(registry)} にありません。` +
          (guess ? `「${guess}」の書き間違いなら直してください。` : '') +
          `新しい項目なら ${registry.file} に id: ${id} を追加してください。`,
      };
    });
}

function registryProblems(registry: RegistryInput): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const entry of registry.entries) {
    if (seen.has(entry.id)) {
      problems.push({
        file: registry.file,
        field: `id: ${entry.id}`,
        message: `id「${entry.id}」が2回出てきます。どちらかの id を変えるか、1つにまとめてください。`,
      });
    }
    seen.add(entry.id);
  }
  const aliasOwner = new Map<string, string>();
  for (const entry of registry.entries) {
    for (const alias of entry.aliases ?? []) {
      if (seen.has(alias)) {
        problems.push({
          file: registry.file,
          field: `${entry.id}.aliases`,
          message: `別名「${alias}」は現役の id と同じです。現役の項目のページを上書きしてしまうため、aliases から外してください。`,
        });
      } else if (aliasOwner.has(alias)) {
        problems.push({
          file: registry.file,
          field: `${entry.id}.aliases`,
          message: `別名「${alias}」は「${aliasOwner.get(alias)}」の別名でもあります。古い URL の転送先を1つに決めてください。`,
        });
      } else {
        aliasOwner.set(alias, entry.id);
      }
    }
  }
  return problems;
}

export function findContentProblems(input: ContentInput): Problem[] {
  const problems: Problem[] = [];
  for (const registry of [input.questions, input.signs, input.regions, input.people]) {
    problems.push(...registryProblems(registry));
  }
  const live = (registry: RegistryInput) => new Set(registry.entries.map((e) => e.id));
  const ids = {
    questions: live(input.questions),
    signs: live(input.signs),
    regions: live(input.regions),
    people: live(input.people),
  };
  const years = new Set(input.editions.map((e) => e.year));
  const draftYears = new Set(input.editions.filter((e) => e.draft).map((e) => e.year));
  const orders = new Map<string, string>();

  for (const chapter of input.chapters) {
    const { file } = chapter;
    if (!years.has(chapter.year)) {
      problems.push({
        file,
        field: '(版)',
        message: `content/editions/${chapter.year}/index.mdx がありません。版のフォルダには必ず index.mdx（版の情報）を置いてください（npm run new:edition -- ${chapter.year} で作れます）。`,
      });
    }
    if (!idPattern.test(chapter.slug)) {
      problems.push({
        file,
        field: '(ファイル名)',
        message: `ファイル名「${chapter.slug}」は URL に使えません。半角英小文字・数字・ハイフンだけの名前に変えてください（例: right-hand-graduates.mdx）。`,
      });
    }
    if (RESERVED_SLUGS.has(chapter.slug)) {
      problems.push({
        file,
        field: '(ファイル名)',
        message: `/${chapter.year}/${chapter.slug}/ は版の${RESERVED_SLUGS.get(chapter.slug)}の URL です。章には別のファイル名を付けてください。`,
      });
    }
    const orderKey = `${chapter.year}:${chapter.order}`;
    const other = orders.get(orderKey);
    if (other) {
      problems.push({
        file,
        field: 'order',
        message: `order: ${chapter.order} は同じ版の ${other} と重なっています。版の中で重ならない番号にしてください。`,
      });
    } else {
      orders.set(orderKey, file);
    }
    if (chapter.questions.length === 0 && chapter.signs.length === 0) {
      // A scaffolded chapter has neither yet: it may build as a draft, never be published so.
      const draft = chapter.draft || draftYears.has(chapter.year);
      problems.push({
        file,
        field: 'questions',
        message:
          'questions（問い）か signs（兆し）の少なくとも一方に id を書いてください。' +
          (draft ? '下書きのあいだは警告ですが、公開するときには必要です。' : ''),
        ...(draft ? { severity: 'warning' as const } : {}),
      });
    }
    problems.push(
      ...unknownIdProblems(file, 'questions', chapter.questions, input.questions, ids.questions),
      ...unknownIdProblems(file, 'signs', chapter.signs, input.signs, ids.signs),
      ...unknownIdProblems(file, 'regions', chapter.regions, input.regions, ids.regions),
      ...unknownIdProblems(file, 'authors', chapter.authors, input.people, ids.people),
      ...unknownIdProblems(file, 'people', chapter.people ?? [], input.people, ids.people),
    );
  }

  for (const credit of input.credits ?? []) {
    problems.push(...unknownIdProblems(credit.file, 'credits.person', [credit.person], input.people, ids.people));
  }

  for (const release of input.press ?? []) {
    const { file } = release;
    for (const year of release.editions) {
      if (!years.has(year)) {
        problems.push({
          file,
          field: 'editions',
          message: `${year}年版はありません。editions には content/editions/ にある版の年（${[...years].sort().join('、')}）を書いてください。`,
        });
      }
    }
    problems.push(
      ...unknownIdProblems(file, 'regions', release.regions, input.regions, ids.regions),
      ...unknownIdProblems(file, 'questions', release.questions ?? [], input.questions, ids.questions),
      ...unknownIdProblems(file, 'signs', release.signs ?? [], input.signs, ids.signs),
    );
  }
  return problems;
}

/** One block of text listing every problem, file by file, for the terminal; errors, then warnings. */
export function formatProblems(problems: readonly Problem[]): string {
  const errors = problems.filter(isError);
  const warnings = problems.filter((p) => !isError(p));
  const lines: string[] = [];
  if (errors.length) lines.push(`内容に ${errors.length} 件の問題があります:`);
  for (const p of errors) lines.push(`  ${p.file} › ${p.field}: ${p.message}`);
  if (warnings.length)
    lines.push(`下書きに ${warnings.length} 件の書き残しがあります（警告。公開する前に直してください）:`);
  for (const p of warnings) lines.push(`  ${p.file} › ${p.field}: ${p.message}`);
  return lines.join('\n');
}
