/** How each kind of chapter is named to readers. */
import { markup, type Html } from './html.ts';

export type ChapterKind = 'digest' | 'commentary' | 'original';

const LABELS: Record<ChapterKind, string> = { digest: '要約', commentary: '解説', original: '原文' };

export function kindLabel(kind: ChapterKind): string {
  return LABELS[kind];
}

/** The kind as a small badge beside a chapter's title (the KindBadge component, chapter lists). */
export function kindBadgeHtml(kind: ChapterKind): Html {
  return markup`<span class="kind-badge kind-badge--${kind}">${kindLabel(kind)}</span>`;
}

const WRITTEN_AS: Record<ChapterKind, string> = {
  digest: '原典の記事を自分の言葉でまとめた要約',
  commentary: 'その版について記録された主題の解説',
  original: '原典の本文',
};

/**
 * What an edition's pages are, for the notice on its page: each kind its chapters use, in a
 * fixed order, e.g. 「このサイトが書いた、原典の記事を…要約と、その版について…解説です。」
 */
export function editionNotice(kinds: readonly ChapterKind[]): string {
  const present = (['digest', 'commentary', 'original'] as const).filter((k) => kinds.includes(k));
  if (present.length === 0) return 'この版にはまだ章がありません。';
  const written = present.filter((k) => k !== 'original').map((k) => WRITTEN_AS[k]);
  const own = written.length > 0 ? `このサイトが書いた、${written.join('と、')}です。原典そのものではありません。` : '';
  const original = present.includes('original') ? '原文として掲げた章は原典の本文です。' : '';
  return `この版のページと章の文章は、${own}${original}`;
}

/** A sentence that says what the page is, for the top of a chapter. */
export function kindNotice(kind: ChapterKind): string {
  switch (kind) {
    case 'digest':
      return 'この章は、原典の記事をこのサイトが自分の言葉でまとめた要約です。正確な内容は原典でお読みください。';
    case 'commentary':
      return 'この章は、この版について記録されている主題をもとに、このサイトが書いた解説です。原典の章そのものではありません。';
    case 'original':
      return 'この章は原典の本文です。';
  }
}
