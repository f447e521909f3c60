/** Social card images, one per edition and chapter, and one for the site: /og/2021.png, /og/2021/<slug>.png. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteContent } from '../../data/content.ts';
import { socialCards } from '../../lib/cards.ts';
import { renderCard, type CardInput } from '../../og/render-card.ts';

export const getStaticPaths = (async () => {
  const { editions, chapters } = await siteContent();
  return socialCards(editions, chapters).map(({ key, input }) => ({ params: { card: key }, props: { input } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(new Uint8Array(await renderCard(props.input as CardInput)), {
    headers: { 'content-type': 'image/png' },
  });
