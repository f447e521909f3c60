// The book build (astro.book.config.mjs) reads the same collections as the site.
export { collections } from '../content.config.ts';
