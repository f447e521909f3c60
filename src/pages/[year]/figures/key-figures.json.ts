/** The key figures of an edition as JSON. */
import type { APIRoute } from 'astro';
import { editionRoutes } from '../../../data/content.ts';
import { editionKeyFigures } from '../../../data/figures.ts';
import { keyFigureJson } from '../../../lib/figures.ts';

export const getStaticPaths = editionRoutes;

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify(keyFigureJson(await editionKeyFigures(Number(params.year))), null, 2) + '\n', {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
