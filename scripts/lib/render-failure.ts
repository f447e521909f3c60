/**
 * When a page fails while Astro renders it, Astro's log names the route and a compiled chunk. These
 * find the editor's file behind that route, so the build can name it (and check it).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

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
