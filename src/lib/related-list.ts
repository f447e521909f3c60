/**
 * The items of a chapter page's 「この問い・兆しを他の版で」: each related chapter with its edition,
 * number, title and the 問い and 兆し it shares. At 1,000 chapters these lists are 40 % of the
 * chapter pages' HTML, so they are made as one string (src/lib/html.ts says why).
 */
import { chipListHtml, type ChipData } from './chips.ts';
import { markup, type Html } from './html.ts';
import { phrasesSpan } from './phrases.ts';

export interface RelatedItem {
  year: number;
  /** The edition's accent colour, #rrggbb. */
  accent: string;
  /** The edition's page. */
  editionHref: string;
  /** The chapter's number in its edition. */
  order: number;
  href: string;
  title: string;
  /** The 問い and 兆し the two chapters share. */
  shared: readonly ChipData[];
}

export function relatedItemsHtml(items: readonly RelatedItem[]): Html {
  return markup`${items.map(
    (item) => markup`
      <li style="--accent: ${item.accent}">
        <p class="eyebrow">
          <a class="year-mark" href="${item.editionHref}">${item.year}年版</a>
          <span>第${item.order}章</span>
        </p>
        <h3><a href="${item.href}">${phrasesSpan(item.title)}</a></h3>
        ${chipListHtml('共通する問いと兆し', item.shared)}
      </li>
    `,
  )}`;
}
