import { fileURLToPath } from 'node:url';
import { defineMdastPlugin } from 'satteri';
import type { Custom } from 'satteri';
import { parseRuby, rubyProblems } from '../lib/ruby.ts';

/** An element built from the Markdown tree: Sätteri renders a node with `data.hName` as that element. */
const element = (tagName: string, ...children: (string | Custom)[]): Custom => ({
  type: tagName,
  data: { hName: tagName },
  children: children.map((child) => (typeof child === 'string' ? { type: 'text', value: child } : child)),
});

/**
 * Turns ruby written in the 青空文庫 notation (src/lib/ruby.ts) into
 * `<ruby>base<rp>（</rp><rt>reading</rt><rp>）</rp></ruby>`: the parentheses show where ruby is not
 * supported. Text in code is left alone. Faulty notation stops the build with the file, the line
 * and how to write it (check:content reports the same problems before the build).
 */
export const remarkRuby = defineMdastPlugin({
  name: 'remark-ruby',
  text(node, ctx) {
    if (!/[《｜]/.test(node.value)) return;
    const { parts, problems } = parseRuby(node.value);
    if (problems.length > 0) {
      // The line as check:content finds it in the source: positions would weigh every node of every page.
      const inSource = rubyProblems(ctx.source);
      const { line, message } = inSource.find((p) => p.message === problems[0].message) ?? inSource[0] ?? {};
      // file › field: fix, as check:content reports it.
      const file = ctx.fileURL ? `${fileURLToPath(ctx.fileURL)} › ` : '';
      throw new Error(`${file}${line === undefined ? '' : `${line}行目: `}${message ?? problems[0].message}`);
    }
    ctx.replaceNode(
      node,
      parts.map((part) =>
        typeof part === 'string'
          ? { type: 'text', value: part }
          : element('ruby', part.base, element('rp', '（'), element('rt', part.reading), element('rp', '）')),
      ),
    );
  },
});
