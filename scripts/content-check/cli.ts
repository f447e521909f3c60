/**
 * `npm run check:content`: validates all of content/ without building the site and prints every
 * problem at once (file › field: what to do). Exits 1 when there is any error; what a draft still
 * lacks is printed as a warning. The build runs it first, over the folder the build reads.
 *
 * Usage: node scripts/content-check/cli.ts [content-dir]   (default: $CONTENT_DIR, else content/)
 */
import { relative, resolve } from 'node:path';
import { checkContentDir } from './files.ts';
import { formatProblems, isError } from '../../src/lib/content-check/problems.ts';

const dir = resolve(process.argv[2] ?? process.env.CONTENT_DIR ?? 'content');
const shown = `${relative(process.cwd(), dir) || '.'}/`;
const started = performance.now();
const { problems, counts } = await checkContentDir(dir);
const ms = Math.round(performance.now() - started);
const errors = problems.filter(isError).length;
if (problems.length > 0) console.error(formatProblems(problems));
if (errors > 0) {
  console.error(`（${ms} ms で ${shown} 全体を調べました。上の問題をすべて直してから、もう一度実行してください。）`);
  process.exit(1);
}
console.log(
  `${shown} に誤りはありません（版 ${counts.editions}、章 ${counts.chapters}、プレスリリース ${counts.press}、登録項目 ${counts.registryEntries}; ${ms} ms）。`,
);
