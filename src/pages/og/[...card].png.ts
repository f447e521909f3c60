/** Social card images, one per edition and chapter, and one for the site: /og/2021.png, /og/2021/<slug>.png. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteContent } from '../../data/content.ts';
import { socialCards } from '../../og/cards.ts';
import { renderCard, type CardInput } from '../../og/render-card.ts';

export const getStaticPaths = (async () => {
  // `npm run build` puts the cards into its output itself (scripts/render-cards.ts): through this
  // route they cost page generation time even with every card already drawn (docs/benchmark.md).
  if (process.env.CARDS_BY_BUILD === '1') return [];
  const { editions, chapters } = await siteContent();
  return socialCards(editions, chapters).map(({ key, input }) => ({ params: { card: key }, props: { input } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(new Uint8Array(await renderCard(props.input as CardInput)), {
    headers: { 'content-type': 'image/png' },
  });
