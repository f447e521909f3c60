/** Components every MDX chapter can use without importing them. */
import A from './A.astro';
import Column from './Column.astro';
import Figure from './Figure.astro';
import Interview from './Interview.astro';
import KeyFigure from './KeyFigure.astro';
import Q from './Q.astro';

export const mdxComponents = { A, Column, Figure, Interview, KeyFigure, Q };
