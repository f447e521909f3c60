import { z } from 'astro/zod';
import { fullDateField, idList, text, url } from './fields.ts';

/** Front matter of a press release, `content/press/<YYYY-MM-DD>-<slug>.mdx`. */
export const pressSchema = z.object({
  /** Title of the release exactly as issued. */
  title: text('リリースの題名（title）').meta({ title: '題名', description: '原題どおりのリリースの題名。' }),
  /** Subtitle of the release, when it has one. */
  subtitle: z.string().trim().min(1).optional().meta({ title: '副題', description: '副題があれば書く。' }),
  /** Date of the release (or of the article that reports it), `YYYY-MM-DD`. */
  date: fullDateField.meta({ title: '発表日', description: '年-月-日。ファイル名の日付と同じにする。' }),
  /** True when the date is inferred rather than printed on the release; shown as 「(推定)」. */
  date_estimated: z
    .boolean({ error: 'date_estimated は true か false で書いてください。' })
    .default(false)
    .meta({ title: '発表日は推定', description: '資料に発表日がなく、根拠のある日付を入れたときにオン。' }),
  /** Organisation that issued the release. */
  issuer: text('発表した組織（issuer）').meta({ title: '発表した組織', description: 'リリースを出した組織。' }),
  /** Other organisations named as partners. */
  partners: z
    .array(z.string().trim().min(1))
    .default([])
    .meta({ title: '連携・関係団体', description: 'なければ空のまま。' }),
  /** Years of the editions the release relates to (e.g. [2021]). */
  editions: z
    .array(z.number({ error: 'editions には版の年を数字で書いてください（例: [2021]）。' }).int())
    .default([])
    .meta({ title: '関係する版', description: '関係する版の年（例: 2021）。' }),
  /** Ids from regions.yaml. */
  regions: idList('regions.yaml').meta({ title: '地域', description: '関係する地域。' }),
  /** Ids from questions.yaml. */
  questions: idList('questions.yaml').meta({ title: '問い', description: '関係する問い。' }),
  /** Ids from signs.yaml. */
  signs: idList('signs.yaml').meta({ title: '兆し', description: '関係する兆し。' }),
  /** URL of the release itself. */
  source: url.meta({ title: 'リリースの URL', description: 'リリースそのものの URL。' }),
  /** One or two sentences for the list and the meta description. */
  summary: text('要約（summary。1〜2文）').meta({
    title: '要約',
    description: '一覧とフィード、検索結果に出る1〜2文。',
  }),
  /** A draft builds in dev and preview builds only. */
  draft: z
    .boolean()
    .default(false)
    .meta({ title: '下書き', description: 'オンのあいだは npm run dev とプレビュー用のビルドにだけ出る。' }),
});

export type PressData = z.output<typeof pressSchema>;
