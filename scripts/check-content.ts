/**
 * `npm run check:content`: validates all of content/ without building the site and prints every
 * problem at once (file › field: what to do). Exits 1 when there is any. The build runs it first.
 *
 * Usage: node scripts/check-content.ts [content-dir]
 */
import { resolve } from 'node:path';
import { checkContentDir } from './lib/content-files.ts';
import { formatProblems } from '../src/lib/content-problems.ts';

const dir = resolve(process.argv[2] ?? 'content');
const started = performance.now();
const { problems, counts } = await checkContentDir(dir);
const ms = Math.round(performance.now() - started);
if (problems.length > 0) {
  console.error(formatProblems(problems));
  console.error(`（${ms} ms で content/ 全体を調べました。上の問題をすべて直してから、もう一度実行してください。）`);
  process.exit(1);
}
console.log(
  `content/ に問題はありません（版 ${counts.editions}、章 ${counts.chapters}、プレスリリース ${counts.press}、登録項目 ${counts.registryEntries}; ${ms} ms）。`,
);
