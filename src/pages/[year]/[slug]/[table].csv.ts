/** Each table of a chapter as CSV, next to the chapter: /2021/<chapter>/table-1.csv. */
import type { APIRoute } from 'astro';
import { tableCsvResponse, tableStaticPaths } from '../../../data/figures.ts';

export const getStaticPaths = () => tableStaticPaths('chapter');

export const GET: APIRoute = ({ props }) => tableCsvResponse(props.rows);
