import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { MARKDOWN_FEATURES } from '../../src/lib/markdown-features.ts';
import { rehypePhrases } from '../../src/plugins/rehype-phrases.ts';
import { ASTRO_VOID_ELEMENTS, rehypeStaticHtml } from '../../src/plugins/rehype-static-html.ts';

/** The chapter compiled as @astrojs/mdx compiles it with `optimize`, and the HTML Sätteri wrote into it. */
async function compile(source: string) {
  const { code } = await mdxToJs(source, {
    hastPlugins: [rehypePhrases, rehypeStaticHtml],
    features: MARKDOWN_FEATURES,
    fileURL: pathToFileURL(join(process.cwd(), 'content/editions/2091/chapter.mdx')),
    jsxImportSource: 'astro',
    elementAttributeNameCase: 'html',
    optimizeStatic: { component: 'Fragment', prop: 'set:html', ignoreElements: ASTRO_VOID_ELEMENTS },
  });
  const written = [...code.matchAll(/"set:html": ("(?:[^"\\]|\\.)*")/g)]
    .map((m) => JSON.parse(m[1]) as string)
    .join('');
  return { code, written };
}

describe('rehypeStaticHtml', () => {
  it('writes a phrase-broken heading with <wbr/>, as Astro does, into the static HTML', async () => {
    const { written } = await compile('## 地域の仕事と暮らしの距離\n\n本文。\n');
    expect(written).toMatch(/<h2 class="phrases">地域の<wbr\/>仕事と<wbr\/>.*<\/h2>/);
  });

  it('writes footnote marks as Astro does: `true` as ="true", the back link bare', async () => {
    const { written } = await compile('本文[^1]。\n\n[^1]: 注。\n');
    expect(written).toContain('data-footnote-ref="true"');
    expect(written).toContain('<section data-footnotes="true"');
    expect(written).toMatch(/<a href="#user-content-fnref-1" data-footnote-backref aria-label/);
  });

  it('writes a cell alignment as Astro writes a style', async () => {
    const { written } = await compile('| a | b |\n| :- | -: |\n| 1 | 2 |\n');
    expect(written).toContain('<td style="text-align:left">1</td>');
    expect(written).toContain('<td style="text-align:right">2</td>');
  });

  it('leaves a text with quotes to Astro, between empty fragments, and keeps the rest static', async () => {
    const { code, written } = await compile('It\'s a "word" and **more**.\n');
    expect(written).not.toContain("It's");
    expect(code).toMatch(/_jsx\(Fragment, \{\}\),\s*"It's a \\"word\\" and ",\s*_jsx\(Fragment, \{\}\)/);
    expect(written).toContain('<strong>more</strong>.');
  });

  it('leaves a link whose title Sätteri would write otherwise to Astro', async () => {
    const { code, written } = await compile('[リンク](https://example.test/ "it\'s") と [空]()\n');
    expect(written).not.toContain('<a');
    expect(code).toContain('title: "it\'s"');
  });

  it('leaves Markdown pages alone, and text unvisited when the source has no quote in its text', () => {
    expect(rehypeStaticHtml({ sourceFormat: 'markdown', source: "It's" })).toBeNull();
    const quoted = rehypeStaticHtml({ sourceFormat: 'mdx', source: "---\ntitle: 'x'\n---\nIt's" });
    expect(quoted?.text).toBeTypeOf('function');
    const unquoted = rehypeStaticHtml({
      sourceFormat: 'mdx',
      source: '---\ntitle: "x"\n---\n<Figure caption="表">本文</Figure>',
    });
    expect(unquoted).not.toBeNull();
    expect(unquoted?.text).toBeUndefined();
  });
});
