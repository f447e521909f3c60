/** Runs a Markdown fixture through Sätteri with the site's features and one project plugin. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownToHtml, mdxToJs, type HastPluginList, type MdastPluginList } from 'satteri';
import { MARKDOWN_FEATURES } from '../../src/lib/markdown-features.ts';

export const fixtures = join(import.meta.dirname, '..', 'plugins', 'fixtures');

export interface Plugins {
  mdast?: MdastPluginList;
  hast?: HastPluginList;
}

/** What Astro seeds a compile's data with: the page's front matter, and room for headings and images. */
const seed = (frontmatter: Record<string, unknown>) => ({
  astro: { frontmatter, headings: [], localImagePaths: new Set<string>(), remoteImagePaths: new Set<string>() },
});

/** Markdown to HTML, compiled as the file at `path` if given; raw HTML becomes elements, as the author's tags do in MDX. */
export async function toHtml(
  markdown: string,
  plugins: Plugins,
  frontmatter: Record<string, unknown> = {},
  path?: string,
) {
  const { html, data } = await markdownToHtml(markdown, {
    mdastPlugins: plugins.mdast,
    hastPlugins: plugins.hast,
    features: { ...MARKDOWN_FEATURES, rawHtml: true },
    ...(path ? { fileURL: pathToFileURL(join(process.cwd(), path)) } : {}),
    data: seed(frontmatter),
  });
  return { html, frontmatter: data.astro!.frontmatter as Record<string, unknown> };
}

/** MDX to the JavaScript Astro runs, compiled as the file at `path`. */
export async function toJs(
  source: string,
  plugins: Plugins,
  frontmatter: Record<string, unknown> = {},
  path = 'content/editions/2091/chapter.mdx',
) {
  const { code, data } = await mdxToJs(source, {
    mdastPlugins: plugins.mdast,
    hastPlugins: plugins.hast,
    features: MARKDOWN_FEATURES,
    fileURL: pathToFileURL(join(process.cwd(), path)),
    data: seed(frontmatter),
  });
  return { code, frontmatter: data.astro!.frontmatter as Record<string, unknown>, data };
}

/**
 * Compares the output for tests/plugins/fixtures/<name>/input.md with output.html;
 * UPDATE_FIXTURES=1 writes the expected file from the current output (review the diff before
 * committing it).
 */
export async function fixture(name: string, plugins: Plugins) {
  const dir = join(fixtures, name);
  const actual = (await toHtml(readFileSync(join(dir, 'input.md'), 'utf8'), plugins)).html.trim() + '\n';
  const expectedFile = join(dir, 'output.html');
  if (process.env.UPDATE_FIXTURES === '1') writeFileSync(expectedFile, actual);
  return { actual, expected: readFileSync(expectedFile, 'utf8') };
}
