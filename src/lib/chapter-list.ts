/**
 * A list of chapters: number, title, and in the full form the summary and the kind. Edition pages,
 * the pages of each 問い, 兆し, region and person, and press releases print it, so it is made as
 * one string (src/lib/html.ts says why).
 */
import { kindBadgeHtml, type ChapterKind } from './chapter-kind.ts';
import { markup, type Html } from './html.ts';
import { phrasesSpan } from './phrases.ts';

export interface ChapterListItem {
  /** The chapter's number in its edition. */
  order: number;
  href: string;
  title: string;
  summary: string;
  kind: ChapterKind;
}

export interface ChapterListOptions {
  /** Titles only, as in the contents grouped by 問い and 兆し. */
  compact?: boolean;
  /** Heading level of each title in the full list. */
  headingLevel?: 2 | 3 | 4;
}

export function chapterListHtml(
  chapters: readonly ChapterListItem[],
  { compact = false, headingLevel = 3 }: ChapterListOptions = {},
): Html {
  const title = compact ? 'span' : `h${headingLevel}`;
  const items = chapters.map(
    (c) => markup`
      <li>
        <span class="num" aria-hidden="true">${String(c.order).padStart(2, '0')}</span>
        <div>
          <${title} class="title"><a href="${c.href}">${phrasesSpan(c.title)}</a></${title}>
          ${!compact && markup`<p>${c.summary}</p><p class="meta">${kindBadgeHtml(c.kind)}</p>`}
        </div>
      </li>
    `,
  );
  return markup`<ol class="${compact ? 'chapter-list chapter-list--compact' : 'chapter-list'}">${items}</ol>`;
}
