/** One page of every type, and the browser to open them in, for the browser tests. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { chapters, editions, press } from './content.ts';
import { BUILDS } from './builds.ts';

export const PAGES = [
  '/',
  `/${editions[0].year}/`,
  `/${chapters.find((c) => c.kind === 'digest')!.year}/${chapters.find((c) => c.kind === 'digest')!.slug}/`,
  '/404.html',
  '/questions/',
  '/questions/what-is-a-local-career/',
  '/questions/what-is-a-local-career/compare/',
  '/regions/gifu/',
  '/people/tanaka-isao/',
  '/signs/',
  '/signs/remote-pro-bono/',
  '/signs/remote-pro-bono/compare/',
  '/regions/',
  '/people/',
  '/press/',
  `/press/${press[0].slug}/`,
  '/search/',
  `/${editions[0].year}/figures/`,
  `/${editions[0].year}/sources/`,
  '/sources/',
];

/** Chromium and a static server over the root build, started once for a test file. */
export function siteInBrowser(): { browser: Browser; server: StaticServer } {
  const site = {} as { browser: Browser; server: StaticServer };
  beforeAll(async () => {
    [site.server, site.browser] = await Promise.all([serveStatic(BUILDS.root.outDir), launchBrowser()]);
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}

/** Chromium and the server as siteInBrowser starts them, with a page open on /search/ for listResults. */
export function searchPageInBrowser(): { browser: Browser; server: StaticServer; page: Page } {
  const site = siteInBrowser() as { browser: Browser; server: StaticServer; page: Page };
  beforeAll(async () => {
    site.page = await site.browser.newPage();
    await site.page.goto(`${site.server.origin}/search/`);
  });
  return site;
}
