/** One page of every type, for the browser tests. */
import { chapters, editions, press } from '../build/content.ts';

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
];
