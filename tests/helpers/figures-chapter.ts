/**
 * A chapter for the fixture corpus with the figures of tests/plugins/fixtures/figures/input.mdx
 * (a table of commas, quotes, line breaks and full-width text among them), for the check and the
 * fixture build.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIGURES_BODY = readFileSync('tests/plugins/fixtures/figures/input.mdx', 'utf8');
export const FIGURES_CSV = readFileSync('tests/plugins/fixtures/figures/table-1.csv');

/** Front matter of the chapter: its body starts on line FRONT_LINES + 1 of the file. */
const FRONT = `---
title: 図表の章
order: 3
kind: commentary
summary: 図表を載せた架空の章。
questions: [fixture-question]
---

`;
export const FRONT_LINES = FRONT.split('\n').length - 1;

/** Writes editions/2091/tables.mdx into a corpus, with `body` (the fixture's by default). */
export function addFiguresChapter(dir: string, body = FIGURES_BODY): string {
  const file = join(dir, 'editions/2091/tables.mdx');
  writeFileSync(file, FRONT + body);
  return file;
}

/** A plain-Markdown chapter (.md) with a captioned GFM table: numbered as a figure, listed, with a CSV. */
const PLAIN_TABLE_CHAPTER = `---
title: 表の章
order: 4
kind: commentary
summary: Markdown の表を載せた架空の章。
questions: [fixture-question]
---

本文。

| 年 | 人数 |
| --- | --- |
| 2020 | 12 |
| 2021 | 38 |

: 人数の推移 {#tbl-members}

出典: [テスト用の資料](https://example.test/members)
`;

/** Writes editions/2091/plain-table.md into a corpus: the .md chapter whose table is captioned in Markdown. */
export function addPlainTableChapter(dir: string): string {
  const file = join(dir, 'editions/2091/plain-table.md');
  writeFileSync(file, PLAIN_TABLE_CHAPTER);
  return file;
}
