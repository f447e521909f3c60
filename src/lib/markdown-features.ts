import type { Features } from 'satteri';

/** The Markdown the site reads (Sätteri's parser features), for the build and the plugin tests alike. */
export const MARKDOWN_FEATURES = {
  // GFM: tables, strikethrough, and footnotes with a Japanese heading and back link.
  gfm: { footnotes: { label: '脚注', backLabel: '本文へ戻る' } },
  // Japanese prose uses 「」, not curly quotes.
  smartPunctuation: false,
} satisfies Features;
