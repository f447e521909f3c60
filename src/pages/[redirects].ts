/**
 * `_redirects` at the root of the build (Netlify, Cloudflare Pages): the same list as the redirect
 * pages, as real 301s. Astro ignores page files whose names start with `_`, so the name comes in
 * as a parameter.
 */
import type { APIRoute } from 'astro';
import { siteContent } from '../data/content.ts';
import { redirectsFile } from '../lib/redirects.ts';

export function getStaticPaths() {
  return [{ params: { redirects: '_redirects' } }];
}

export const GET: APIRoute = async () => {
  const { redirects } = await siteContent();
  return new Response(redirectsFile(redirects, import.meta.env.BASE_URL), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
