/** robots.txt at the site's base, pointing at the sitemap. A preview build (drafts) asks not to be indexed. */
import type { APIRoute } from 'astro';
import { includeDrafts, url } from '../data/site.ts';

export const GET: APIRoute = ({ site }) => {
  const body = includeDrafts
    ? 'User-agent: *\nDisallow: /\n'
    : `User-agent: *\nAllow: /\n\nSitemap: ${new URL(url('/sitemap-index.xml'), site)}\n`;
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
