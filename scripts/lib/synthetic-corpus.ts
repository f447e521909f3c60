/**
 * A synthetic content/ folder for the benchmark: editions × chapters of Japanese text written
 * through the real content contract (same front matter, registries and MDX components as
 * content/), so that a build of it costs what a build of a white paper that size would cost.
 * The text means nothing and is never published; it only has the shape of the real chapters
 * (about 5 KB each: headings, paragraphs, a table in a Figure, a KeyFigure, footnotes). With
 * `chapterKb`, each chapter grows to about that size, as long as a real article (about 13 KB), with
 * more sections of the same kinds plus columns, interviews and ruby.
 * Everything is drawn from a seeded PRNG, so a seed gives the same corpus byte for byte.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import yaml from 'js-yaml';
import sharp from 'sharp';
import { accentFor } from '../../src/lib/editions.ts';
import { coverSvg } from './cover-art.ts';

export interface CorpusSize {
  editions: number;
  chaptersPerEdition: number;
  /**
   * Kilobytes of Markdown each chapter's body grows to with further sections; unset, the chapters
   * are the default ones (about 5 KB), byte for byte.
   */
  chapterKb?: number;
}

export interface CorpusSummary {
  editions: number;
  chapters: number;
  /** Site paths of the chapter pages, e.g. `/2019/ch-001-kamaishi-school/`. */
  chapterPaths: string[];
  /** Bytes of all chapter files (front matter included): what "per MB of text" divides by. */
  chapterBytes: number;
  registries: { questions: number; signs: number; regions: number; people: number };
}

/** mulberry32: tiny, fast and good enough to pick words; the same seed gives the same stream. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)];
const between = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));
/** `count` distinct items of `list`, in the order drawn. */
function sample<T>(random: Random, list: readonly T[], count: number): T[] {
  const pool = [...list];
  const out: T[] = [];
  while (out.length < count && pool.length > 0) out.push(pool.splice(Math.floor(random() * pool.length), 1)[0]);
  return out;
}

// Word lists for the text. Plain nouns and verbs of the white paper's subject, no real names.
const PLACES = [
  '港町',
  '山あいの町',
  '城下町',
  '島',
  '盆地の市',
  '温泉町',
  '漁村',
  '城跡のある町',
  '旧街道の宿場',
  '川沿いの村',
];
const ACTORS = [
  '若手職員',
  '移住した家族',
  '地元の経営者',
  '高校生',
  '副業で関わる会社員',
  '中間支援組織',
  '商店街の店主',
  '大学の研究者',
  '地域おこし協力隊',
  '町の金融機関',
];
const THINGS = [
  '仕事のつくり方',
  '学びの場',
  '人の流れ',
  '小さな事業',
  '副業の受け入れ',
  '地域の記録',
  '働く場所の選び方',
  '世代をこえた対話',
  '企業と地域の関係',
  '暮らしと仕事の距離',
];
const ACTS = [
  '問い直している',
  '少しずつ形にしている',
  '記録に残している',
  '外に開こうとしている',
  '仕組みとして整えている',
  '別の角度から見直している',
  '次の世代へ手渡している',
  '地域の内と外でつないでいる',
];
const LINKS = [
  'その結果',
  'ただし',
  '一方で',
  'このとき',
  'そのうえで',
  '言い換えれば',
  '同じころ',
  'こうした動きの中で',
];
const REASONS = [
  '人が集まる理由が変わったから',
  '仕事の単位が小さくなったから',
  '移動の負担が下がったから',
  '地域の側に受け皿ができたから',
  '働く人の問いが変わったから',
];
const WORDS = [
  'local',
  'career',
  'region',
  'work',
  'school',
  'harbor',
  'valley',
  'town',
  'craft',
  'bridge',
  'forest',
  'field',
  'market',
  'river',
  'island',
  'guild',
  'youth',
  'parallel',
  'remote',
  'return',
];
const SURNAMES = [
  '佐藤',
  '鈴木',
  '高橋',
  '田中',
  '伊藤',
  '渡辺',
  '山本',
  '中村',
  '小林',
  '加藤',
  '吉田',
  '山田',
  '佐々木',
  '松本',
  '井上',
  '木村',
];
const GIVEN = ['翔', '葵', '蓮', '結衣', '大和', '陽菜', '湊', '凛', '悠真', '美咲', '健太', '由紀'];
const PREFECTURES = [
  '北海道',
  '岩手県',
  '宮城県',
  '新潟県',
  '石川県',
  '長野県',
  '岐阜県',
  '静岡県',
  '島根県',
  '岡山県',
  '徳島県',
  '高知県',
  '福岡県',
  '宮崎県',
  '鹿児島県',
];

/** Words with their readings, for ruby in the long chapters (docs/editing.md「ルビ（読みがな）」). */
const READINGS = [
  ['港町', 'みなとまち'],
  ['城下町', 'じょうかまち'],
  ['漁村', 'ぎょそん'],
  ['盆地', 'ぼんち'],
  ['温泉町', 'おんせんまち'],
] as const;

function sentence(random: Random): string {
  const parts = [
    `${pick(random, LINKS)}、${pick(random, PLACES)}の${pick(random, ACTORS)}は${pick(random, THINGS)}を${pick(random, ACTS)}。`,
    `${pick(random, ACTORS)}が${pick(random, THINGS)}に目を向けるのは、${pick(random, REASONS)}である。`,
    `${pick(random, PLACES)}では、${pick(random, THINGS)}と${pick(random, THINGS)}が同じ場所で語られはじめた。`,
  ];
  return pick(random, parts);
}

const paragraph = (random: Random, sentences: number) =>
  Array.from({ length: sentences }, () => sentence(random)).join('');
const title = (random: Random) => `${pick(random, PLACES)}の${pick(random, ACTORS)}と${pick(random, THINGS)}`;
const slugFrom = (random: Random, index: number, width: number) =>
  [...sample(random, WORDS, between(random, 2, 4)), String(index).padStart(width, '0')].join('-');

interface Registries {
  questions: { id: string; title: string; description: string }[];
  signs: { id: string; title: string; description: string }[];
  regions: { id: string; name: string; prefecture: string; description: string; partners: string[] }[];
  people: { id: string; name: string; role: string; affiliation: string; description: string }[];
}

/**
 * Registry sizes per edition, scaled from the real content (3 editions: 9 問い, 5 兆し, 6 地域,
 * 7 人物) to what a decade of editions would plausibly name.
 */
function makeRegistries(random: Random, editions: number): Registries {
  const n = Math.max(1, editions);
  return {
    questions: Array.from({ length: 6 * n }, (_, i) => ({
      id: slugFrom(random, i + 1, 3),
      title: `${pick(random, ACTORS)}にとって、${pick(random, THINGS)}とは何か`,
      description: paragraph(random, 2),
    })),
    signs: Array.from({ length: 4 * n }, (_, i) => ({
      id: slugFrom(random, i + 1, 3),
      title: `${pick(random, PLACES)}で${pick(random, THINGS)}が動きだす`,
      description: paragraph(random, 2),
    })),
    regions: Array.from({ length: 5 * n }, (_, i) => ({
      id: slugFrom(random, i + 1, 3),
      name: `${pick(random, PLACES)}${i + 1}`,
      prefecture: pick(random, PREFECTURES),
      description: paragraph(random, 3),
      partners: [`${pick(random, ACTORS)}の会`],
    })),
    people: Array.from({ length: 30 * n }, (_, i) => ({
      id: `person-${slugFrom(random, i + 1, 4)}`,
      name: `${pick(random, SURNAMES)}${pick(random, GIVEN)}`,
      role: pick(random, ['研究員', '代表', '編集', 'コーディネーター']),
      affiliation: `${pick(random, PLACES)}の${pick(random, ACTORS)}の会`,
      description: paragraph(random, 1),
    })),
  };
}

const frontMatter = (data: Record<string, unknown>) => `---\n${yaml.dump(data, { lineWidth: -1 })}---\n`;

/**
 * A further section of a long chapter: a heading, paragraphs with ruby and a footnote, a column,
 * an interview and a table in a Figure. Returns its blocks and its footnote's definition.
 */
function longSection(random: Random, year: number, note: number): { blocks: string[]; definition: string } {
  const [word, reading] = pick(random, READINGS);
  const speaker = `${pick(random, SURNAMES)}${pick(random, GIVEN)}`;
  const rows = Array.from(
    { length: between(random, 4, 8) },
    () =>
      `| ${pick(random, THINGS)} | ${between(random, 2, 120)}人 | ${between(random, 1, 99)}% | ${pick(random, ACTS)} |`,
  );
  return {
    blocks: [
      `## ${title(random)}`,
      `${word}《${reading}》の${paragraph(random, between(random, 3, 5))}[^${note}]`,
      paragraph(random, between(random, 3, 5)),
      `<Column title="${pick(random, THINGS)}について">\n\n${paragraph(random, 3)}\n\n</Column>`,
      paragraph(random, between(random, 2, 4)),
      `<Interview>\n  <Q>${pick(random, THINGS)}をどう見ていますか。</Q>\n  <A name="${speaker}">${paragraph(random, 2)}</A>\n</Interview>`,
      `<Figure caption="${pick(random, PLACES)}の${pick(random, THINGS)}と割合（${year}年）" source="合成データ（ベンチマーク用）">`,
      ['| 項目 | 人数 | 割合 | 様子 |', '| --- | --- | --- | --- |', ...rows].join('\n'),
      '</Figure>',
      paragraph(random, between(random, 2, 4)),
    ],
    definition: `[^${note}]: ${pick(random, PLACES)}の聞き取り（合成データ、${year}年）。`,
  };
}

function chapterBody(random: Random, year: number, chapterKb?: number): string {
  const sections = between(random, 3, 4);
  const out: string[] = [paragraph(random, 3)];
  for (let s = 1; s <= sections; s++) {
    out.push(
      `## ${title(random)}`,
      paragraph(random, between(random, 3, 5)) + `[^${s}]`,
      paragraph(random, between(random, 2, 4)),
    );
    if (s === 1) {
      out.push(`### ${pick(random, THINGS)}の${pick(random, ['始まり', '広がり', '課題'])}`, paragraph(random, 3));
    }
    if (s === 2) {
      const rows = Array.from(
        { length: between(random, 3, 6) },
        () => `| ${pick(random, THINGS)} | ${between(random, 2, 120)}人 | ${pick(random, ACTS)} |`,
      );
      out.push(
        `<Figure caption="${pick(random, PLACES)}の${pick(random, THINGS)}（${year}年）" source="合成データ（ベンチマーク用）">`,
        ['| 項目 | 人数 | 様子 |', '| --- | --- | --- |', ...rows].join('\n'),
        '</Figure>',
      );
    }
    if (s === 3) {
      out.push(
        `<KeyFigure value="${between(random, 3, 400)}" unit="人" label="${pick(random, ACTORS)}の数（${year}年）" source="合成データ（ベンチマーク用）" />`,
      );
    }
  }
  const notes = Array.from(
    { length: sections },
    (_, i) => `[^${i + 1}]: ${pick(random, PLACES)}の記録（合成データ、${year}年）。`,
  );
  const bytes = () => Buffer.byteLength([...out, ...notes].join('\n\n'));
  for (let note = sections + 1; chapterKb && bytes() < chapterKb * 1024; note++) {
    const { blocks, definition } = longSection(random, year, note);
    out.push(...blocks);
    notes.push(definition);
  }
  return [...out, ...notes].join('\n\n') + '\n';
}

/**
 * Writes the corpus into `dir` (which should be empty): editions/<year>/index.mdx with a cover
 * image drawn by sharp, editions/<year>/<slug>.mdx per chapter, the four registries, an empty
 * press folder. Years start at 2019 as the real ones do.
 */
export async function writeCorpus(dir: string, size: CorpusSize, seed = 1): Promise<CorpusSummary> {
  const random = prng(seed);
  const registries = makeRegistries(random, size.editions);
  const chapterPaths: string[] = [];
  let chapterBytes = 0;
  await mkdir(join(dir, 'press'), { recursive: true });
  for (const [name, entries] of Object.entries(registries)) {
    await writeFile(join(dir, `${name}.yaml`), yaml.dump(entries, { lineWidth: -1 }));
  }

  for (let e = 0; e < size.editions; e++) {
    const year = 2019 + e;
    const editionDir = join(dir, 'editions', String(year));
    await mkdir(join(editionDir, 'images'), { recursive: true });
    await sharp(Buffer.from(coverSvg(year, accentFor(year))))
      .png({ compressionLevel: 9, palette: true })
      .toFile(join(editionDir, 'images', 'cover.png'));
    const index = frontMatter({
      title: `合成白書${year}―${title(random)}―`,
      published: `${year}-06-10`,
      status: 'published',
      format: 'note マガジン',
      summary: paragraph(random, 2),
      cover: './images/cover.png',
      credits: sample(random, registries.people, 2).map((p) => ({ person: p.id, role: '執筆' })),
      sources: [
        { label: `合成白書${year}（ベンチマーク用の架空の原典）`, url: `https://example.com/white-paper/${year}` },
      ],
      questions: sample(random, registries.questions, 3).map((q) => q.id),
    });
    await writeFile(
      join(editionDir, 'index.mdx'),
      `${index}\n## この版について\n\n${paragraph(random, 5)}[^1]\n\n${paragraph(random, 4)}\n\n[^1]: 合成データ（ベンチマーク用）。\n`,
    );

    for (let c = 1; c <= size.chaptersPerEdition; c++) {
      const slug = slugFrom(random, c, 3);
      const kind = pick(random, ['digest', 'commentary', 'original'] as const);
      const data = {
        title: title(random),
        order: c,
        kind,
        summary: paragraph(random, 2),
        questions: sample(random, registries.questions, between(random, 1, 3)).map((q) => q.id),
        signs: sample(random, registries.signs, between(random, 0, 2)).map((s) => s.id),
        regions: sample(random, registries.regions, between(random, 0, 2)).map((r) => r.id),
        authors: sample(random, registries.people, between(random, 0, 1)).map((p) => p.id),
        people: sample(random, registries.people, between(random, 0, 3)).map((p) => p.id),
        ...(kind === 'digest' ? { source: `https://example.com/white-paper/${year}/${slug}` } : {}),
      };
      const text = `${frontMatter(data)}\n${chapterBody(random, year, size.chapterKb)}`;
      await writeFile(join(editionDir, `${slug}.mdx`), text);
      chapterBytes += Buffer.byteLength(text);
      chapterPaths.push(`/${year}/${slug}/`);
    }
  }

  return {
    editions: size.editions,
    chapters: size.editions * size.chaptersPerEdition,
    chapterPaths,
    chapterBytes,
    registries: {
      questions: registries.questions.length,
      signs: registries.signs.length,
      regions: registries.regions.length,
      people: registries.people.length,
    },
  };
}
