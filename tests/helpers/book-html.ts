/** Books in plugin tests: chapters rendered from Markdown as Astro does, joined into one document. */
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified, type Pluggable } from 'unified';
import { toHtml } from './render-markdown.ts';

/** Each Markdown text as a part `<section data-book-part="chN">`, as src/book/ joins chapters. */
export async function bookHtml(chapters: string[]): Promise<string> {
  const parts = await Promise.all(chapters.map((markdown) => toHtml(markdown, {})));
  return parts.map(({ html }, i) => `<section data-book-part="ch${i + 1}">${html}</section>`).join('\n');
}

export async function processBook(html: string, plugins: Pluggable[]): Promise<string> {
  return String(await unified().use(rehypeParse, { fragment: true }).use(plugins).use(rehypeStringify).process(html));
}
