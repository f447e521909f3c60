/** Social card images, one per edition and chapter, and one for the site: /og/2021.png, /og/2021/<slug>.png. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteContent } from '../../data/content.ts';
import { kindLabel } from '../../lib/chapter-kind.ts';
import { renderCard, type CardInput } from '../../og/render-card.ts';

export const getStaticPaths = (async () => {
  const { editions, chapters } = await siteContent();
  const accentOf = new Map(editions.map((e) => [e.year, e.accent]));
  const cards: { params: { card: string }; props: { input: CardInput } }[] = [
    {
      params: { card: 'site' },
      props: {
        input: {
          title: 'ローカルキャリア白書',
          kicker: '地域・人材共創機構（CAREER FOR）',
          accent: editions[0]?.accent ?? '#3d3a35',
        },
      },
    },
    ...editions.map((e) => ({
      params: { card: String(e.year) },
      props: { input: { title: e.title, kicker: `${e.year}年版`, accent: e.accent } },
    })),
    ...chapters.map((c) => ({
      params: { card: `${c.year}/${c.slug}` },
      props: {
        input: { title: c.title, kicker: `${c.year}年版・${kindLabel(c.kind)}`, accent: accentOf.get(c.year)! },
      },
    })),
  ];
  return cards;
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(new Uint8Array(await renderCard(props.input as CardInput)), {
    headers: { 'content-type': 'image/png' },
  });
