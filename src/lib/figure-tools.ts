/**
 * The block under a numbered figure: its permalink, its CSV file (tables) and 「この図表を引用」
 * with the citation line, readable and copyable without JavaScript. Made here once, for the
 * FigureTools component (figures in MDX) and for the tables captioned in a plain .md chapter,
 * whose Markdown takes no components (addFigureTools).
 */
import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { markup, type Html } from './html.ts';

/** A placed figure as the block shows it; `href` and `csv` are URLs already (with the site's base). */
export interface FigureToolsData {
  /** 表4-1 */
  number: string;
  href: string;
  /** A table's CSV file; figures other than tables have none. */
  csv?: string;
  citation: string;
}

export function figureToolsHtml(figure: FigureToolsData): Html {
  return markup`<div class="figure-tools" data-pagefind-ignore>
    <a href="${figure.href}">${figure.number}へのリンク</a>
    ${figure.csv && markup`<a href="${figure.csv}" download type="text/csv">${figure.number}のCSV</a>`}
    <details><summary>この図表を引用</summary><p class="figure-tools__cite">${figure.citation}</p></details>
  </div>`;
}

const parser = unified().use(rehypeParse, { fragment: true });

/**
 * A .md chapter's rendered HTML with the figure-tools block (`tools`, by anchor) put as the last
 * child of each `<figure class="figure">` whose id has one, where <Figure> puts it in MDX. The
 * figures are found on the parsed tree; the blocks go in at the offsets the parser reports, so
 * every other byte of the chapter stays as Astro rendered it (a re-serialized tree would not).
 */
export function addFigureTools(html: string, tools: Readonly<Record<string, Html>>): string {
  const inserts: { at: number; html: string }[] = [];
  visit(parser.parse(html) as Root, 'element', (node: Element) => {
    const id = node.properties.id;
    const classes = node.properties.className;
    if (node.tagName !== 'figure' || typeof id !== 'string' || !Array.isArray(classes) || !classes.includes('figure')) {
      return;
    }
    const block = Object.hasOwn(tools, id) ? tools[id] : undefined;
    const last = node.children.at(-1);
    const at = last?.position?.end.offset;
    if (!block || at === undefined) return;
    inserts.push({ at, html: block.html });
  });
  let out = html;
  for (const { at, html: block } of inserts.sort((a, b) => b.at - a.at)) out = out.slice(0, at) + block + out.slice(at);
  return out;
}
