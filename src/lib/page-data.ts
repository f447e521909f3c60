/**
 * The page's front matter in a Markdown compile's data (`ctx.data.astro.frontmatter`, which Astro
 * seeds and reads back): the plugins add what they learn from the text to it.
 */
export function pageFrontmatter(data: Record<string, unknown>): Record<string, unknown> {
  const astro = (data.astro ??= {}) as { frontmatter?: Record<string, unknown> };
  return (astro.frontmatter ??= {});
}
