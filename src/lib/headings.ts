/** The contents list of a chapter, built from the headings Astro collects while rendering. */

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** The id remark-rehype gives the footnotes heading; it is not part of the chapter's contents. */
export const FOOTNOTE_LABEL_ID = 'footnote-label';

/** `##` and `###` headings of the body, without the footnotes heading. */
export function contentsOf(headings: readonly Heading[]): Heading[] {
  return headings.filter((h) => h.depth >= 2 && h.depth <= 3 && h.slug !== FOOTNOTE_LABEL_ID);
}

/** The `##` sections of a chapter, as the compare view lists them. */
export function sectionsOf(headings: readonly Heading[]): Heading[] {
  return contentsOf(headings).filter((h) => h.depth === 2);
}
