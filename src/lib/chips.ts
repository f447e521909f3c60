/**
 * Chips: a 問い, 兆し, 地域 or 人物 as a small linked label with its own badge. The markup is made
 * here once, for the Chip and ChipList components and for lists printed as one string
 * (src/lib/html.ts says why).
 */
import { markup, type Html } from './html.ts';
import { phrasesSpan } from './phrases.ts';
import { paths } from './urls.ts';

/** Each type has its own badge shape in the styles. */
export type ChipType = 'question' | 'sign' | 'region' | 'person';

export interface ChipData {
  type: ChipType;
  /** The entry's title or name, set to break only between phrases. */
  label: string;
  /** The entry's page; without it the chip is a plain label. */
  href?: string;
}

/** The entries a page names, by type; each is shown by its title (問い, 兆し) or name (地域, 人物). */
export interface ChipEntries {
  questions?: readonly { id: string; title: string }[];
  signs?: readonly { id: string; title: string }[];
  regions?: readonly { id: string; name: string }[];
  people?: readonly { id: string; name: string }[];
}

/** Chips linking to the entries' pages, always 問い, 兆し, 地域, 人物 in that order; `url` puts the site's base in front of a path. */
export function chipsOf(entries: ChipEntries, url: (path: string) => string): ChipData[] {
  const { questions = [], signs = [], regions = [], people = [] } = entries;
  return [
    ...questions.map((q) => ({ type: 'question' as const, label: q.title, href: url(paths.question(q.id)) })),
    ...signs.map((s) => ({ type: 'sign' as const, label: s.title, href: url(paths.sign(s.id)) })),
    ...regions.map((r) => ({ type: 'region' as const, label: r.name, href: url(paths.region(r.id)) })),
    ...people.map((p) => ({ type: 'person' as const, label: p.name, href: url(paths.person(p.id)) })),
  ];
}

/** Read out before the label by screen readers, which do not see the badge. */
const TYPE_NAME: Record<ChipType, string> = { question: '問い', sign: '兆し', region: '地域', person: '人物' };

export function chipHtml({ type, label, href }: ChipData): Html {
  const inside = markup`
    <span class="chip__mark" aria-hidden="true"></span>
    <span class="visually-hidden">${TYPE_NAME[type]}: </span>
    ${phrasesSpan(label)}
  `;
  return href === undefined
    ? markup`<span class="chip chip--${type}">${inside}</span>`
    : markup`<a class="chip chip--${type}" href="${href}">${inside}</a>`;
}

/** The chips as a list named `label` (e.g. この章の問いと兆し); nothing when there are none. */
export function chipListHtml(label: string, chips: readonly ChipData[]): Html {
  if (chips.length === 0) return markup``;
  return markup`
    <ul class="chips" aria-label="${label}">
      ${chips.map((chip) => markup`<li>${chipHtml(chip)}</li>`)}
    </ul>
  `;
}
