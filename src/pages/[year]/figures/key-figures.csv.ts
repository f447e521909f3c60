/** The key figures of an edition as CSV (UTF-8 with BOM, RFC 4180). */
import type { APIRoute } from 'astro';
import { editionRoutes } from '../../../data/content.ts';
import { editionKeyFigures } from '../../../data/figures.ts';
import { keyFigureRows, toCsv } from '../../../lib/figures.ts';

export const getStaticPaths = editionRoutes;

export const GET: APIRoute = async ({ params }) =>
  new Response(toCsv(keyFigureRows(await editionKeyFigures(Number(params.year)))), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
