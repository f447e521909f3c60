/**
 * The components an editor inserts with the buttons above a body in the browser editor (/admin/),
 * written as docs/editing.md「章で使えるコンポーネント（import 不要）」and「ルビ（読みがな）」
 * write them (the props of src/components/mdx/). What the editor still has to write carries the
 * scaffolds' mark 【要記入】, so `npm run check:content` warns about it in a draft and stops a
 * published chapter that keeps it. The editor's configuration (cms-config.ts) hands them to the
 * body's widget.
 */
import { PLACEHOLDER as TODO } from '../placeholders.ts';
import { SELECTION, type Snippet } from './insert-snippet.ts';

export const SNIPPETS: Snippet[] = [
  {
    label: '表（Figure と表）',
    hint: '見出しと出典のついた表（2列×1行。行は | で区切って足せます）',
    block: true,
    text: [
      `<Figure caption="${TODO}表の見出し" source="${TODO}出典の名前">`,
      '',
      `| ${TODO}列の名前 | ${TODO}列の名前 |`,
      '| --- | --- |',
      `| ${TODO}値 | ${TODO}値 |`,
      '',
      '</Figure>',
    ].join('\n'),
  },
  {
    label: '数字（KeyFigure）',
    hint: '1つの重要な数字と単位・項目・出典（時点がわかれば asOf に 2021-04-01 の形で）',
    block: true,
    text: `<KeyFigure value="${TODO}数字" unit="${TODO}単位" label="${TODO}何の数か" asOf="未確認" source="${TODO}出典の名前" />`,
  },
  {
    label: '問答（Q/A）',
    hint: '公表されたインタビューの問いと答え（発言は創作しない）',
    block: true,
    text: [
      '<Interview>',
      `  <Q>${TODO}問い</Q>`,
      `  <A name="${TODO}話し手の氏名">${TODO}公表された発言をそのまま</A>`,
      '</Interview>',
    ].join('\n'),
  },
  {
    label: 'コラム（Column）',
    hint: '本文から切り離した囲み（選んだ文章があれば、それを囲みます）',
    block: true,
    text: `<Column title="${TODO}コラムの題">\n${SELECTION}\n</Column>`,
    empty: `${TODO}コラムの本文`,
  },
  {
    label: 'ルビ',
    hint: '選んだ語に読みがなを振る（例: ｜地域おこし協力隊《ちいきおこしきょうりょくたい》）',
    block: false,
    text: `｜${SELECTION}《${TODO}読み》`,
    empty: `${TODO}親文字`,
  },
];
