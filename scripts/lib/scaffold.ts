/**
 * What `npm run new:edition`, `new:chapter` and `new:press` write: drafts that pass
 * `npm run check:content` and build (a draft stays out of production builds), with every field
 * and a Japanese note on each. What the editor still has to write carries the mark 【要記入】
 * (src/lib/placeholders.ts): check:content lists each as a warning while the entry is a draft and
 * as an error once it would be published, so a half-written entry can never go out by mistake.
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { PLACEHOLDER as TODO } from '../../src/lib/placeholders.ts';
import { fullDateField, idPattern } from '../../src/schemas/fields.ts';

/** A URL the schema accepts and no one can mistake for a real one (.invalid is reserved). */
const NO_URL = 'https://example.invalid/';

/** A mistake in the command line; the message is for the editor. */
export class ScaffoldError extends Error {}

export interface Scaffolded {
  /** The file written, relative to the working directory. */
  file: string;
  /** What to do next, one step a line. */
  next: string[];
}

const exists = (path: string) =>
  readFile(path).then(
    () => true,
    () => false,
  );

export function parseYear(raw: string | undefined): number {
  if (!raw || !/^\d{4}$/.test(raw) || Number(raw) < 2019) {
    throw new ScaffoldError(
      `「${raw ?? ''}」は版の年として使えません。2022 のように西暦4桁（2019 以降）で書いてください。例: npm run new:edition -- 2022`,
    );
  }
  return Number(raw);
}

export function parseSlug(
  raw: string | undefined,
  example = 'npm run new:chapter -- 2022 right-hand-graduates',
): string {
  if (!raw || !idPattern.test(raw) || raw === 'index') {
    throw new ScaffoldError(
      `「${raw ?? ''}」はスラッグ（URL の一部）に使えません。半角英小文字・数字・ハイフンだけで書いてください（index は使えません）。例: ${example}`,
    );
  }
  return raw;
}

/** A full date, YYYY-MM-DD, that exists in the calendar. */
export function parseDate(raw: string | undefined): string {
  const result = fullDateField.safeParse(raw ?? '');
  if (!raw || !/^\d{4}-\d{2}-\d{2}$/.test(raw) || !result.success) {
    throw new ScaffoldError(
      `「${raw ?? ''}」は発表日として使えません。2022-07-08 のように年-月-日で書いてください。例: npm run new:press -- 2022-07-08 living-lab`,
    );
  }
  return result.data;
}

/** The order after the highest one already used in the edition (1 for the first chapter). */
export function nextOrder(orders: readonly number[]): number {
  return orders.length ? Math.max(...orders) + 1 : 1;
}

export function editionScaffold(year: number): string {
  return `---
# 版の題名。原本の表記どおりに（例: ローカルキャリア白書${year}―副題―）。
title: ${TODO}版の題名
# 副題があれば、行頭の # を消して書く。なければこのままでよい。
# subtitle: ""
# 公開日。${year}-06-10 の形。日や月が分からなければ "${year}-06" や "${year}" と引用符付きで。
published: "${year}" # ${TODO}公開日（${year}-06-10 の形）
# 公開日についての注記（例: 日付は未確認）。あれば行頭の # を消して書く。
# published_note: ""
# draft（下書き）のあいだは npm run dev とプレビュー用のビルドにだけ出る。公開するときに published にする。
status: draft
# 原本の形態（例: 冊子、note マガジン）。分からなければ 未確認。
format: ${TODO}原本の形態
# 原本の発行者。
publisher: 一般社団法人 地域・人材共創機構（CAREER FOR）
# カードやトップページ、検索結果に出る1〜2文の要約。
summary: ${TODO}1〜2文の要約
# 表紙画像。npm run covers -- ${year} で images/cover.png を作ってから、行頭の # を消す。
# cover: ./images/cover.png
# 版の色（#rrggbb）。書かなければ年ごとの既定の色になる。
# accent: "#1a6b5c"
# 版にかかわった人。person は people.yaml の id、role はその人の役割（例: 執筆）。いなければ []。
credits: []
# 原本と、事実の出どころへのリンク。1つ以上。
sources:
  - label: ${TODO}原本の名前（例 note マガジン「ローカルキャリア白書${year}」）
    url: ${NO_URL} # ${TODO}原本の URL
# 版全体が扱う問い（questions.yaml の id）。章ごとに書くので、なければ []。
questions: []
---

## この版について

{/* ${TODO}この版がいつ、誰によって、どんな形で出たのかを書く。 */}
{/* 出典のある事実だけを書き、確かめられないことは「未確認」と書く。
     波かっこや山かっこを文字として書くときは、前に \\ を付ける。 */}
`;
}

export function chapterScaffold(order: number, draft: boolean): string {
  return `---
# 章の題名（要約なら元の記事の題名）。
title: ${TODO}章の題名
# 版の中での並び順。ほかの章と重ならない整数。
order: ${order}
# digest（元記事の要約。source が必要）、commentary（本サイトの解説）、original（原文）のどれか。
kind: commentary # ${TODO}digest・commentary・original のどれかに決める
# 目次やカード、検索結果に出る1〜2文の要約。
summary: ${TODO}1〜2文の要約
# 問い（questions.yaml の id）。問いか兆しの少なくとも一方を書く。例: [is-local-career-a-career]
questions: []
# 兆し（signs.yaml の id）。例: [remote-pro-bono]
signs: []
# 地域（regions.yaml の id）。例: [kamaishi]
regions: []
# 元の記事の書き手（people.yaml の id）。分からなければ []。
authors: []
# 章に登場するそのほかの人物（people.yaml の id）。
people: []
# 元の記事の URL。kind: digest なら必須。行頭の # を消して書く。
# source: https://
# 版と公開日が違うときだけ、行頭の # を消して書く（例: 2021-07-01）。
# published: ""
# true のあいだは npm run dev とプレビュー用のビルドにだけ出る。${draft ? '公開するときに false にする。' : '版の status に従うので、ふつうは false のまま。'}
draft: ${draft}
# この章の古い URL（章の名前を変えたときなど）。そこから今の URL へ転送される。例: [/2021/old-slug/]
redirect_from: []
---

{/* ${TODO}本文を書く。見出しは ## から。 */}
{/* 波かっこや山かっこを文字として書くときは、前に \\ を付ける。 */}
`;
}

export function pressScaffold(date: string): string {
  return `---
# リリースの題名。原題どおりに（原題が分からなければ、内容を表す題に「（原題未確認）」を添える）。
title: ${TODO}リリースの題名
# 副題があれば、行頭の # を消して書く。
# subtitle: ""
# 発表日（年-月-日）。ファイル名の日付と同じにする。
date: ${date}
# 資料に発表日がなく、根拠のある日付を入れたときは true にし、本文に「発表日について」を書く。
date_estimated: false
# 発表した組織。
issuer: ${TODO}発表した組織
# 連携・関係団体。なければ []。例: [株式会社御祓川, NPO法人G-net]
partners: []
# 関係する版の年。例: [2021]
editions: []
# 地域（regions.yaml の id）。
regions: []
# 問い（questions.yaml の id）。
questions: []
# 兆し（signs.yaml の id）。
signs: []
# リリースの URL。
source: ${NO_URL} # ${TODO}リリースの URL
# 一覧とフィード、検索結果に出る1〜2文の要約。
summary: ${TODO}1〜2文の要約
# true のあいだは npm run dev とプレビュー用のビルドにだけ出る。公開するときに false にする。
draft: true
---

{/* ${TODO}リリースの要約を自分の言葉で書く（原文の文章は引かない）。 */}
{/* 波かっこや山かっこを文字として書くときは、前に \\ を付ける。 */}
`;
}

async function write(path: string, text: string): Promise<void> {
  // 'wx' fails if the file appeared since we looked: never overwrite an editor's work.
  await writeFile(path, text, { flag: 'wx' });
}

export async function newEdition(contentDir: string, yearArg: string | undefined): Promise<Scaffolded> {
  const year = parseYear(yearArg);
  const dir = join(contentDir, 'editions', String(year));
  const file = relative(process.cwd(), join(dir, 'index.mdx'));
  for (const name of ['index.mdx', 'index.md']) {
    if (await exists(join(dir, name))) {
      throw new ScaffoldError(
        `${relative(process.cwd(), join(dir, name))} はもうあります。上書きはしません。そのファイルを開いて編集してください。`,
      );
    }
  }
  await mkdir(dir, { recursive: true });
  await write(join(dir, 'index.mdx'), editionScaffold(year));
  return {
    file,
    next: [
      `${file} を開き、${TODO} の印のある欄（title、published、format、summary、sources）と本文を書き、印を消す。`,
      `章を足す: npm run new:chapter -- ${year} <スラッグ>（例: npm run new:chapter -- ${year} introduction）`,
      `確かめる: npm run check:content（${TODO} が残っていれば、ファイルと行が出ます。下書きのあいだは警告です）`,
      `下書きを見る: npm run dev → http://localhost:4321/${year}/`,
      '公開の手順は docs/publishing.md の「新しい版を公開する」にあります。',
    ],
  };
}

export async function newChapter(
  contentDir: string,
  yearArg: string | undefined,
  slugArg: string | undefined,
): Promise<Scaffolded> {
  const year = parseYear(yearArg);
  const slug = parseSlug(slugArg);
  const dir = join(contentDir, 'editions', String(year));
  const names = await readdir(dir).catch(() => [] as string[]);
  const index = names.find((n) => /^index\.mdx?$/.test(n));
  if (!index) {
    throw new ScaffoldError(
      `${relative(process.cwd(), join(dir, 'index.mdx'))} がありません。先に版を作ってください: npm run new:edition -- ${year}`,
    );
  }
  const taken = names.find((n) => n === `${slug}.mdx` || n === `${slug}.md`);
  if (taken) {
    throw new ScaffoldError(
      `${relative(process.cwd(), join(dir, taken))} はもうあります。上書きはしません。別のスラッグにするか、そのファイルを編集してください。`,
    );
  }
  const orders: number[] = [];
  let editionIsDraft = false;
  for (const name of names.filter((n) => /\.mdx?$/.test(n))) {
    try {
      const { frontmatter } = parseFrontmatter(await readFile(join(dir, name), 'utf8'));
      if (name === index) editionIsDraft = frontmatter.status === 'draft';
      else if (Number.isInteger(frontmatter.order)) orders.push(frontmatter.order as number);
    } catch {
      // A file with broken front matter has no order to avoid; check:content reports it.
    }
  }
  const order = nextOrder(orders);
  // In a draft edition the edition's status hides the chapter; in a published one the chapter must hide itself.
  const draft = !editionIsDraft;
  const file = relative(process.cwd(), join(dir, `${slug}.mdx`));
  await write(join(dir, `${slug}.mdx`), chapterScaffold(order, draft));
  return {
    file,
    next: [
      `${file} を書きました（order: ${order}${draft ? '、公開済みの版なので draft: true' : ''}）。`,
      `開いて ${TODO} の印のある欄（title、kind、summary）と本文を書いて印を消し、questions か signs に id を書く。`,
      '確かめる: npm run check:content',
      `下書きを見る: npm run dev → http://localhost:4321/${year}/${slug}/`,
      ...(draft ? ['公開するときに draft: false にし、npm run urls:lock で URL を固定する。'] : []),
    ],
  };
}

export async function newPress(
  contentDir: string,
  dateArg: string | undefined,
  slugArg: string | undefined,
): Promise<Scaffolded> {
  const date = parseDate(dateArg);
  const slug = parseSlug(slugArg, 'npm run new:press -- 2022-07-08 living-lab');
  const dir = join(contentDir, 'press');
  const name = `${date}-${slug}`;
  const taken = (await readdir(dir).catch(() => [] as string[])).find((n) => n === `${name}.mdx` || n === `${name}.md`);
  if (taken) {
    throw new ScaffoldError(
      `${relative(process.cwd(), join(dir, taken))} はもうあります。上書きはしません。別のスラッグにするか、そのファイルを編集してください。`,
    );
  }
  await mkdir(dir, { recursive: true });
  const file = relative(process.cwd(), join(dir, `${name}.mdx`));
  await write(join(dir, `${name}.mdx`), pressScaffold(date));
  return {
    file,
    next: [
      `開いて ${TODO} の印のある欄（title、issuer、source、summary）と本文を書き、印を消す。関係する版・地域・問い・兆しがあれば書く。`,
      '確かめる: npm run check:content',
      `下書きを見る: npm run dev → http://localhost:4321/press/${name}/`,
      '公開するときに draft: false にし、npm run urls:lock で URL を固定する。',
    ],
  };
}

/** Runs a scaffold command: prints the file and the next steps, or the editor's mistake and exit 1. */
export async function runScaffold(make: () => Promise<Scaffolded>): Promise<void> {
  try {
    const { file, next } = await make();
    console.log(`${file} を作りました。次にすること:`);
    next.forEach((step, i) => console.log(`  ${i + 1}. ${step}`));
  } catch (error) {
    if (!(error instanceof ScaffoldError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
  }
}
