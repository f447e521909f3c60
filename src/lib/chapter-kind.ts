/** How each kind of chapter is named to readers. */
export type ChapterKind = 'digest' | 'commentary' | 'original';

const LABELS: Record<ChapterKind, string> = { digest: '要約', commentary: '解説', original: '原文' };

export function kindLabel(kind: ChapterKind): string {
  return LABELS[kind];
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
