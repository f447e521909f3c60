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

/**
 * Watches Astro's log for the end of page generation: the first "✓ Completed in" after
 * "generating static routes" (the line the bench reads as the pages' time, scripts/bench/stages.ts).
 * Every page is written by then; the optimized images, the integrations' last hooks and Astro's exit
 * come after. Fed the log as it arrives, in pieces that may cut a line; true from the piece that
 * completes that line on.
 */
export function pagesWrittenWatcher(): (text: string) => boolean {
  let routes = false;
  let written = false;
  // The unfinished last line of the pieces before, so that a cut line is read whole.
  let partial = '';
  return (text) => {
    if (written) return true;
    let plain = partial + text.replaceAll('\u001b', '');
    if (!routes) {
      const at = plain.indexOf('generating static routes');
      if (at !== -1) {
        routes = true;
        plain = plain.slice(at);
      }
    }
    written = routes && /✓ Completed in \d/.test(plain);
    partial = plain.slice(plain.lastIndexOf('\n') + 1).slice(-200);
    return written;
  };
}
