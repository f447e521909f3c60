import type { ElementContent } from 'hast';
import type { Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { parseRuby } from '../lib/ruby.ts';

/** `<ruby>base<rp>（</rp><rt>reading</rt><rp>）</rp></ruby>`: the parentheses show where ruby is not supported. */
function rubyChildren(base: string, reading: string): ElementContent[] {
  const rp = (value: string): ElementContent => ({
    type: 'element',
    tagName: 'rp',
    properties: {},
    children: [{ type: 'text', value }],
  });
  return [
    { type: 'text', value: base },
    rp('（'),
    { type: 'element', tagName: 'rt', properties: {}, children: [{ type: 'text', value: reading }] },
    rp('）'),
  ];
}

/**
 * Turns ruby written in the 青空文庫 notation (src/lib/ruby.ts) into `<ruby>` in .md and .mdx
 * alike. The ruby stays a text node of its base for everything that reads the Markdown tree
 * (reading time counts the base, not the reading); only the HTML gets the element. Faulty
 * notation stops the build with the file, the line and how to write it (check:content reports
 * the same problems before the build).
 */
export function remarkRuby() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'text', (node: Text, index, parent) => {
      if (!parent || index === undefined || !/[《｜]/.test(node.value)) return;
      const { parts, problems } = parseRuby(node.value);
      if (problems.length > 0) {
        const line = (node.position?.start.line ?? 1) + node.value.slice(0, problems[0].offset).split('\n').length - 1;
        file.fail(`ルビの書き方（${line}行目）: ${problems[0].message}`, {
          place: { line, column: 1 },
          ruleId: 'ruby',
          source: 'remark-ruby',
        });
      }
      const nodes: Text[] = parts.map((part) =>
        typeof part === 'string'
          ? { type: 'text', value: part }
          : {
              type: 'text',
              value: part.base,
              data: { hName: 'ruby', hChildren: rubyChildren(part.base, part.reading) },
            },
      );
      parent.children.splice(index, 1, ...nodes);
      return [SKIP, index + nodes.length];
    });
  };
}
