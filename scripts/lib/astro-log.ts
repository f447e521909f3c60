/**
 * What `astro build` says as it writes the site, read from its log: the pages it starts. Astro
 * names each page before it renders it (`  ├─ /2021/intro/index.html`), in colour on a terminal.
 */

/** The HTML pages `text` (a piece of Astro's log) names as started, as paths in the output folder. */
export function pagesStarted(text: string): string[] {
  // Colour codes, if any, lose their escape character and then their rest.
  const plain = text.replaceAll('\u001b', '');
  return [...plain.matchAll(/├─(?:\[[\d;]*m)* (?:\[[\d;]*m)*(\/[^\s[]+\.html)/g)].map(([, path]) => path);
}
