import { z } from 'astro/zod';
import { idList, partialDateField, text, url } from './fields.ts';

/**
 * Front matter of a chapter, `content/editions/<year>/<slug>.mdx` (or `.md`). The slug is the
 * file name and the edition is the folder.
 */
export const chapterSchema = z
  .object({
    /** Title of the chapter (for a digest, the original article's title). */
    title: text('章の題名（title）').meta({ title: '題名', description: '章の題名。要約なら元の記事の題名。' }),
    /** Reading order within the edition; a whole number, unique in the edition. */
    order: z
      .number({ error: 'order は 1, 2, 3 のような整数で書いてください（版の中での並び順）。' })
      .int({ error: 'order は整数で書いてください。' })
      .min(0, { error: 'order は 0 以上の整数にしてください。' })
      .meta({ title: '並び順', description: '版の中での並び順。ほかの章と重ならない整数。' }),
    /**
     * What the page is: `digest` (要約) retells a known article and must give `source`;
     * `commentary` (解説) explains the edition's documented themes; `original` is the original text.
     */
    kind: z
      .enum(['digest', 'commentary', 'original'], {
        error: 'kind は digest（要約）、commentary（解説）、original（原文）のいずれかにしてください。',
      })
      .meta({
        title: '種類',
        description: 'digest（元記事の要約。出典 URL が必要）、commentary（本サイトの解説）、original（原文）。',
      }),
    /** One or two sentences, used in the contents, on cards and as the meta description. */
    summary: text('章の要約（summary。1〜2文）').meta({
      title: '要約',
      description: '目次やカード、検索結果に出る1〜2文。',
    }),
    /**
     * Ids from questions.yaml (問い). A published chapter names at least one 問い or 兆し; that rule
     * needs the edition's status, so src/lib/content-check/problems.ts checks it.
     */
    questions: idList('questions.yaml').meta({ title: '問い', description: '問いか兆しの少なくとも一方を選ぶ。' }),
    /** Ids from signs.yaml (兆し). */
    signs: idList('signs.yaml').meta({ title: '兆し', description: 'この章が扱う兆し。' }),
    /** Ids from regions.yaml. */
    regions: idList('regions.yaml').meta({ title: '地域', description: 'この章が扱う地域。' }),
    /** Ids from people.yaml: who wrote the original. Empty when unknown. */
    authors: idList('people.yaml').meta({ title: '書き手', description: '元の記事の書き手。分からなければ空のまま。' }),
    /** Ids from people.yaml: other people the chapter is about. */
    people: idList('people.yaml').meta({ title: '登場する人物', description: '章に登場するそのほかの人物。' }),
    /** URL of the original article; required when `kind: digest`. */
    source: url.optional().meta({ title: '元の記事の URL', description: 'kind が digest なら必須。' }),
    /** Publication date when it differs from the edition's. */
    published: partialDateField.optional().meta({ title: '公開日', description: '版と公開日が違うときだけ書く。' }),
    /** A draft builds in dev and preview builds only. */
    draft: z
      .boolean({ error: 'draft は true か false で書いてください。' })
      .default(false)
      .meta({ title: '下書き', description: 'オンのあいだは npm run dev とプレビュー用のビルドにだけ出る。' }),
    /** Old paths of this chapter that should redirect to it (e.g. /2021/old-slug/). */
    redirect_from: z
      .array(z.string().regex(/^\//, { error: '古いパスは / から書いてください（例: /2021/old-slug/）。' }))
      .default([])
      .meta({
        title: '古い URL',
        description: 'この章の古いパス（例: /2021/old-slug/）。そこから今の URL へ転送される。',
      }),
  })
  .superRefine((chapter, ctx) => {
    if (chapter.kind === 'digest' && !chapter.source) {
      ctx.addIssue({
        code: 'custom',
        path: ['source'],
        message:
          '要約（kind: digest）には元の記事の URL が必要です。source: https://… を書くか、元記事が不明なら kind: commentary にしてください。',
      });
    }
  });

export type ChapterData = z.output<typeof chapterSchema>;
