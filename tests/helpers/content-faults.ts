/**
 * One mistake of each kind that `npm run check:content` knows, put into a real chapter, registry or
 * edition of a copy of content/: the faults an editor's build must answer with the check's list.
 * `shows` is what that list says about it (file › field).
 */
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { edit } from './temp-corpus.ts';

export interface ContentFault {
  name: string;
  /** Makes the mistake in a copy of the real content/. */
  apply(dir: string): void;
  /** The check's line about it. */
  shows: RegExp;
}

const CHAPTER = 'editions/2021/co-creation-project.mdx';
const INTRO = 'editions/2021/introduction.mdx';

/** Puts `text` as a paragraph after the first heading of a file's body. */
function insertAfterFirstHeading(dir: string, file: string, text: string): void {
  const path = join(dir, file);
  const source = readFileSync(path, 'utf8');
  const heading = /\n## [^\n]*\n/.exec(source)!;
  const end = heading.index + heading[0].length;
  writeFileSync(path, `${source.slice(0, end)}\n${text}\n${source.slice(end)}`);
}

export const CONTENT_FAULTS: ContentFault[] = [
  {
    name: 'braces written as text in MDX',
    apply: (dir) => insertAfterFirstHeading(dir, INTRO, '地域へ移ることは{都落ち|みやこおち}なのか。'),
    shows: /2021\/introduction\.mdx › \d+行目: \{都落ち\|みやこおち\} は MDX/,
  },
  {
    name: 'a misspelled component',
    apply: (dir) => edit(dir, CHAPTER, '<Figure caption="共創プロジェクト', '<Figur caption="共創プロジェクト'),
    shows: /2021\/co-creation-project\.mdx › \d+行目/,
  },
  {
    name: 'an unclosed component (MDX syntax)',
    apply: (dir) => edit(dir, CHAPTER, /<\/Figure>/, ''),
    shows: /2021\/co-creation-project\.mdx › \d+行目/,
  },
  {
    name: 'a component without a required attribute',
    apply: (dir) => edit(dir, CHAPTER, ' caption="共創プロジェクト第2弾（2021年度）の3つの柱"', ''),
    shows: /2021\/co-creation-project\.mdx › \d+行目 Figure\.caption/,
  },
  {
    name: 'a table outside <Figure> in a published chapter',
    apply: (dir) => insertAfterFirstHeading(dir, INTRO, '| 項目 | 内容 |\n| --- | --- |\n| 地域 | 岩手県 |'),
    shows: /2021\/introduction\.mdx › \d+行目/,
  },
  {
    name: 'ruby without a reading',
    apply: (dir) => insertAfterFirstHeading(dir, INTRO, '地域へ移ることは都落ち《》なのか。'),
    shows: /2021\/introduction\.mdx › \d+行目: /,
  },
  {
    name: 'front matter YAML that cannot be read',
    apply: (dir) => edit(dir, CHAPTER, /\norder: 7\n/, '\norder: 7\n  kind:: [\n'),
    shows: /2021\/co-creation-project\.mdx › /,
  },
  {
    name: 'a kind that is not one of the kinds',
    apply: (dir) => edit(dir, CHAPTER, 'kind: commentary', 'kind: comentary'),
    shows: /2021\/co-creation-project\.mdx › kind/,
  },
  {
    name: 'an order that is not a number',
    apply: (dir) => edit(dir, CHAPTER, 'order: 7', 'order: 七'),
    shows: /2021\/co-creation-project\.mdx › order/,
  },
  {
    name: 'a duplicate order',
    apply: (dir) => edit(dir, CHAPTER, 'order: 7', 'order: 1'),
    shows: /2021\/introduction\.mdx › order: order: 1 は同じ版の .*co-creation-project\.mdx と重なって/,
  },
  {
    name: 'a missing title',
    apply: (dir) => edit(dir, CHAPTER, /\ntitle: [^\n]*\n/, '\n'),
    shows: /2021\/co-creation-project\.mdx › title/,
  },
  {
    name: 'an id missing from its registry',
    apply: (dir) => edit(dir, CHAPTER, '\nregions:\n  - shiojiri\n', '\nregions:\n  - shiojri\n'),
    shows: /2021\/co-creation-project\.mdx › regions: 「shiojri」/,
  },
  {
    name: 'a registry YAML that cannot be read',
    apply: (dir) => appendFileSync(join(dir, 'signs.yaml'), '\n- id: broken\n  title: [閉じていない\n'),
    shows: /signs\.yaml › \(YAML\)/,
  },
  {
    name: 'a duplicate registry id',
    apply: (dir) => {
      const path = join(dir, 'regions.yaml');
      const first = /^- id: [^\n]*\n(?: {2}[^\n]*\n)*/m.exec(readFileSync(path, 'utf8'))![0];
      appendFileSync(path, `\n${first}`);
    },
    shows: /regions\.yaml › id: /,
  },
  {
    name: 'an edition whose index lacks its title',
    apply: (dir) => edit(dir, 'editions/2020/index.mdx', /\ntitle: [^\n]*\n/, '\n'),
    shows: /2020\/index\.mdx › title/,
  },
  {
    name: 'a placeholder left in a published chapter',
    apply: (dir) =>
      writeFileSync(
        join(dir, 'editions/2021/left.mdx'),
        readFileSync(join(dir, CHAPTER), 'utf8')
          .replace('order: 7', 'order: 99')
          .replace(/\ntitle: [^\n]*\n/, '\ntitle: 【要記入】\n'),
      ),
    shows: /2021\/left\.mdx › \d+行目 title: 【要記入】/,
  },
];
