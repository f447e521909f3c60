/**
 * The HTML Sätteri writes for the parts of a chapter without components (MDX `optimize`, with
 * src/plugins/rehype-static-html.ts) is byte for byte what Astro renders when it renders the whole
 * chapter (MDX_OPTIMIZE=off). Two builds of one seeded corpus, as `npm run build` makes them: the
 * synthetic chapters (components, tables, footnotes, ruby) with seeded Markdown dropped into their
 * paragraphs — quotes and apostrophes in text, code, link titles and URLs, backticks, ampersands,
 * empty links, line breaks, footnotes cited twice — and every file of the two outputs compared.
 */
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { prng, writeCorpus } from '../../scripts/lib/synthetic-corpus.ts';
import { buildSiteOrThrow } from '../helpers/build.ts';

const root = resolve('.tmp/test-dist/static-html');
const corpus = join(root, 'content');

/** Markdown that Astro and Sätteri would write differently if nothing kept them alike. */
const FRAGMENTS = [
  'It\'s "quoted" text',
  '`co\'de "x"`',
  '`a` and `b`',
  '[リンク](https://example.test/a\'b?x=1&y=2 "題\'s `t`")',
  '[空のリンク]()',
  'A & B',
  '1 &gt; 0 &amp; 2 &lt; 3',
  'a\\\nline break',
  '**強く "強調"**',
  "_it's_",
  '脚注つき[^q]',
  '同じ脚注[^q]',
  '<br/>',
];

/** Every file of a folder with its path from the folder. */
function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

/** Drops seeded fragments after sentences of the chapters' paragraphs, and a footnote and a block of Markdown at their end. */
function seedFragments(dir: string, seed: number): Set<string> {
  const random = prng(seed);
  const dropped = new Set<string>();
  for (const year of readdirSync(join(dir, 'editions'))) {
    for (const name of readdirSync(join(dir, 'editions', year)).filter(
      (f) => f.endsWith('.mdx') && f !== 'index.mdx',
    )) {
      const path = join(dir, 'editions', year, name);
      const [, front, body] = /^(---\n[\s\S]*?\n---\n)([\s\S]*)$/.exec(readFileSync(path, 'utf8'))!;
      const lines = body.split('\n').map((line) => {
        // Paragraphs only: a line of Japanese prose, not a heading, list, table, component or footnote.
        if (!/^[\u3000-\u9fff]/.test(line)) return line;
        return line.replace(/。/g, (stop) => {
          if (random() > 0.3) return stop;
          const fragment = FRAGMENTS[Math.floor(random() * FRAGMENTS.length)];
          dropped.add(fragment);
          return `${stop}${fragment}。`;
        });
      });
      const block = [
        '',
        '## It\'s a "heading" with `code`',
        '',
        '- [x] 済んだこと',
        '- [ ] まだのこと',
        '',
        '---',
        '',
        '```js',
        "const quoted = 'it\\'s' + \"a\" + `b`; // <tag> & more",
        '```',
        '',
        '| 左 | 中 | 右 |',
        '| :-- | :-: | --: |',
        '| it\'s | "a" | `b` |',
        '',
        ': 引用符の "表"',
        '',
        "出典: テスト用の資料 it's",
        '',
        '[^q]: It\'s a "footnote" with [a link](https://example.test/ "it\'s").',
        '',
      ];
      writeFileSync(path, front + lines.join('\n') + block.join('\n'));
    }
  }
  return dropped;
}

let dropped = new Set<string>();

beforeAll(async () => {
  rmSync(root, { recursive: true, force: true });
  await writeCorpus(corpus, { editions: 2, chaptersPerEdition: 6 }, 7);
  dropped = seedFragments(corpus, 7);
  for (const [name, env] of [
    ['optimized', {}],
    ['astro', { MDX_OPTIMIZE: 'off' }],
  ] as const) {
    buildSiteOrThrow({ outDir: join(root, name), contentDir: corpus, base: '/', env });
  }
}, 240_000);

describe('static HTML written at compile time', () => {
  it('drops every seeded fragment into the chapters', () => {
    expect([...dropped].sort()).toEqual([...FRAGMENTS].sort());
  });

  it('builds the same files, byte for byte, as Astro rendering every chapter', () => {
    const optimized = files(join(root, 'optimized'));
    expect(optimized).toEqual(files(join(root, 'astro')));
    const differing = optimized.filter(
      (file) => !readFileSync(join(root, 'optimized', file)).equals(readFileSync(join(root, 'astro', file))),
    );
    expect(differing).toEqual([]);
    // The pages hold what the two would have written differently.
    const pages = optimized.filter((file) => file.endsWith('.html'));
    const html = pages.map((file) => readFileSync(join(root, 'optimized', file), 'utf8')).join('');
    for (const text of [
      'It&#39;s &quot;quoted&quot; text',
      '<wbr/>',
      'data-footnote-ref="true"',
      '<br/>',
      '<hr/>',
      'style="text-align:left"',
      'class="astro-code',
    ]) {
      expect(html).toContain(text);
    }
  });
});
