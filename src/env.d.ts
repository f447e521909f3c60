/** What a page hands down to the components of its Markdown content during one render. */
declare namespace App {
  interface Locals {
    /** The page's figures by anchor (src/data/figures.ts): permalinks, CSV files, citation lines. */
    figures?: Record<string, import('./data/figures.ts').PlacedFigure>;
  }
}
