/** Each table of an edition's own page as CSV, next to it: /2021/table-1.csv. */
import type { APIRoute } from 'astro';
import { tableCsvResponse, tableStaticPaths } from '../../data/figures.ts';

export const getStaticPaths = () => tableStaticPaths('edition');

export const GET: APIRoute = ({ props }) => tableCsvResponse(props.rows);
