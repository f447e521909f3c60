/**
 * What `npm run new:edition` and `npm run new:chapter` write. The scaffolds leave every required
 * field empty on purpose: until an editor fills them, `npm run check:content` (and so the build)
 * fails and names each empty field, so a half-written edition can never be published by mistake.
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { idPattern } from '../../src/schemas/fields.ts';

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

export function parseSlug(raw: string | undefined): string {
  if (!raw || !idPattern.test(raw) || raw === 'index') {
    throw new ScaffoldError(
      `「${raw ?? ''}」は章のスラッグ（URL の一部）に使えません。半角英小文字・数字・ハイフンだけで書いてください（index は使えません）。例: npm run new:chapter -- 2022 right-hand-graduates`,
    );
  }
  return raw;
}

/** The order after the highest one already used in the edition (1 for the first chapter). */
export function nextOrder(orders: readonly number[]): number {
  return orders.length ? Math.max(...orders) + 1 : 1;
}

export function editionScaffold(year: number): string {
  return `---
# 版の題名。原本の表記どおりに（例: ローカルキャリア白書${year}―副題―）。
title: ""
# 副題があれば、行頭の # を消して書く。なければこのままでよい。
# subtitle: ""
# 公開日。${year}-06-10 の形。日や月が分からなければ "${year}-06" や "${year}" と引用符付きで。
published: ""
# 公開日についての注記（例: 日付は未確認）。あれば行頭の # を消して書く。
# published_note: ""
# draft（下書き）のあいだは npm run dev とプレビュー用のビルドにだけ出る。公開するときに published にする。
status: draft
# 原本の形態（例: 冊子、note マガジン）。分からなければ 未確認。
format: ""
# 原本の発行者。
publisher: 一般社団法人 地域・人材共創機構（CAREER FOR）
# カードやトップページ、検索結果に出る1〜2文の要約。
summary: ""
# 表紙画像。npm run covers -- ${year} で images/cover.png を作ってから、行頭の # を消す。
# cover: ./images/cover.png
# 版の色（#rrggbb）。書かなければ年ごとの既定の色になる。
# accent: "#1a6b5c"
# 版にかかわった人。person は people.yaml の id、role はその人の役割（例: 執筆）。いなければ []。
credits: []
# 原本と、事実の出どころへのリンク。1つ以上。
sources:
  - label: ""
    url: ""
# 版全体が扱う問い（questions.yaml の id）。章ごとに書くので、なければ []。
questions: []
---

## この版について

{/* ここに、この版がいつ、誰によって、どんな形で出たのか（この版について）を書く。
     出典のある事実だけを書き、確かめられないことは「未確認」と書く。
     波かっこや山かっこを文字として書くときは、前に \\ を付ける。 */}
`;
}

export function chapterScaffold(order: number, draft: boolean): string {
  return `---
# 章の題名（要約なら元の記事の題名）。
title: ""
# 版の中での並び順。ほかの章と重ならない整数。
order: ${order}
# digest（元記事の要約。source が必要）、commentary（本サイトの解説）、original（原文）のどれか。
kind: ""
# 目次やカード、検索結果に出る1〜2文の要約。
summary: ""
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

{/* ここに本文を書く。見出しは ## から。
     波かっこや山かっこを文字として書くときは、前に \\ を付ける。 */}
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
      `${file} を開き、"" のままの欄（title、published、format、summary、sources）を埋める。`,
      `章を足す: npm run new:chapter -- ${year} <スラッグ>（例: npm run new:chapter -- ${year} introduction）`,
      '確かめる: npm run check:content（空欄が残っていれば、ファイルと欄の名前が出ます）',
      `下書きを見る: npm run dev → http://localhost:4321/${year}/`,
      '公開の手順は README.md の「新しい版を公開する」にあります。',
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
      `開いて "" のままの欄（title、kind、summary）を埋め、questions か signs に id を書き、本文を書く。`,
      '確かめる: npm run check:content',
      `下書きを見る: npm run dev → http://localhost:4321/${year}/${slug}/`,
      ...(draft ? ['公開するときに draft: false にし、npm run urls:lock で URL を固定する。'] : []),
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
