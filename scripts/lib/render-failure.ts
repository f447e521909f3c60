/**
 * When a page fails while Astro renders it, Astro's log names the route and a compiled chunk. These
 * find the editor's file behind that route, so the build can name it (and check it).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';

/** The path of the page whose render stopped the build, as Astro logs it. */
export function failedRoute(log: string): string | undefined {
  return /Caught error rendering (\/\S*?):? /.exec(log)?.[1];
}

/**
 * The content file of an edition (/2021/), chapter (/2021/slug/) or press (/press/slug/) page, or
 * undefined when the route is not one of theirs or the file is not there.
 */
export function sourceOfRoute(route: string, contentDir: string, base = '/'): string | undefined {
  const prefix = base.replace(/\/*$/, '/');
  const path = route.startsWith(prefix) ? route.slice(prefix.length - 1) : route;
  const parts = path.split('/').filter(Boolean);
  let stem: string | undefined;
  if (parts.length === 1 && /^\d{4}$/.test(parts[0])) stem = join('editions', parts[0], 'index');
  else if (parts.length === 2 && /^\d{4}$/.test(parts[0])) stem = join('editions', parts[0], parts[1]);
  else if (parts.length === 2 && parts[0] === 'press') stem = join('press', parts[1]);
  if (!stem) return undefined;
  return ['.mdx', '.md'].map((ext) => join(contentDir, stem + ext)).find((file) => existsSync(file));
}

/**
 * The content file whose compiled code threw, from the first frame of a stack trace in Astro's log:
 * Vite's chunks mark each module they bundle with a `// path/to/module` line, and the book build
 * names no route (one page per edition).
 */
export function sourceOfStack(log: string, contentDir: string): string | undefined {
  const frame = /\((?:file:\/\/)?(\/[^():]+\.mjs):(\d+):\d+\)/.exec(log);
  if (!frame || !existsSync(frame[1])) return undefined;
  const lines = readFileSync(frame[1], 'utf8').split('\n').slice(0, Number(frame[2])).reverse();
  const root = resolve(contentDir);
  // The nearest module mark above the frame is the module the frame is in.
  const mark = lines.map((line) => /^\/\/ (\S+\.[a-z]+)(?:\?\S*)?$/.exec(line)?.[1]).find(Boolean);
  if (!mark || !/\.mdx?$/.test(mark)) return undefined;
  const file = resolve(mark);
  return file.startsWith(root + sep) && existsSync(file) ? file : undefined;
}

/** Astro's error without its stack trace: the message and hint are for editors, the frames are not. */
export function withoutStack(log: string): string {
  return log
    .split('\n')
    .filter((line) => !/^\s+at\s/.test(line) && !/^\s*Stack trace:\s*$/.test(line))
    .join('\n')
    .trim();
}
