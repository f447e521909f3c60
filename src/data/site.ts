/** Site-wide settings read from the build environment. */
import { withBase } from '../lib/urls.ts';

export const SITE_NAME = 'ローカルキャリア白書';
export const SITE_PUBLISHER = '一般社団法人 地域・人材共創機構（CAREER FOR）';

/** A site path with the configured base (SITE_BASE) in front. */
export function url(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}

/**
 * Drafts show in `npm run dev` and in a preview build (`PREVIEW_DRAFTS=1 npm run build`), never in a
 * production build.
 */
export const includeDrafts = import.meta.env.DEV || process.env.PREVIEW_DRAFTS === '1';

/** An absolute URL on the configured origin (SITE_URL), base included: canonical links, feeds, cards. */
export function absoluteUrl(path: string): string {
  return new URL(url(path), import.meta.env.SITE).href;
}

/** Titles of the feeds, shared by the feeds themselves and the `<link rel="alternate">` to them. */
export const feedTitles = {
  press: `${SITE_NAME} プレスリリース`,
  edition: (year: number) => `${SITE_NAME} ${year}年版`,
};
