/** Runs a Markdown fixture through the same unified stages Astro uses, with one project plugin. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type Pluggable } from 'unified';

export const fixtures = join(import.meta.dirname, 'fixtures');

export async function toHtml(markdown: string, plugins: { remark?: Pluggable[]; rehype?: Pluggable[] }) {
  const file = await unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(plugins.remark ?? [])
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRaw)
    .use(plugins.rehype ?? [])
    .use(rehypeStringify)
    .process(markdown);
  return file;
}

/**
 * Compares the output for fixtures/<name>/input.md with output.html; UPDATE_FIXTURES=1 writes
 * the expected file from the current output (review the diff before committing it).
 */
export async function fixture(name: string, plugins: { remark?: Pluggable[]; rehype?: Pluggable[] }) {
  const dir = join(fixtures, name);
  const actual = String(await toHtml(readFileSync(join(dir, 'input.md'), 'utf8'), plugins)).trim() + '\n';
  const expectedFile = join(dir, 'output.html');
  if (process.env.UPDATE_FIXTURES === '1') writeFileSync(expectedFile, actual);
  return { actual, expected: readFileSync(expectedFile, 'utf8') };
}
