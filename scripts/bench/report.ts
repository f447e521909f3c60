/**
 * What `npm run bench` reports (scripts/bench/run.ts measures it): the shape of a result, as written
 * to .tmp/bench/<size>-<time>.json and read back by `--compare`, and the Markdown table that shows one
 * result, or two side by side with their quotient.
 */
import type { Stages } from './stages.ts';

/** The corpus sizes (scripts/bench/run.ts): S the real content/, M and L generated. */
export type Size = 'S' | 'M' | 'L';

export interface Run extends Partial<Stages> {
  /**
   * The content check's own time, from its line in the log. It runs beside Astro, inside
   * scripts/build.ts, so it is part of astroSeconds and not added to the total.
   */
  checkSeconds: number;
  /** Whole scripts/build.ts: content check, `astro build` and, when the build does it, indexing. */
  buildSeconds: number;
  /** The build without the indexing. */
  astroSeconds: number;
  indexSeconds: number;
  /** What `npm run build` costs: content check, Astro build and indexing. */
  totalSeconds: number;
  /** CPU seconds (user + system) of the build, content check included, Pagefind too when the build runs it. */
  buildCpuSeconds: number;
  /** CPU seconds of indexing when this script runs it; null when the integration does (counted in the build). */
  indexCpuSeconds: number | null;
  peakRssMiB: number;
}

/** A build of the reference site: `astro build` of scripts/bench/reference, then the Pagefind CLI. */
export interface ReferenceRun {
  astroSeconds: number;
  indexSeconds: number;
  totalSeconds: number;
  cpuSeconds: number;
  peakRssMiB: number;
}

export interface BenchResult {
  size: Size;
  date: string;
  /** The checked-out commit, or null outside a git checkout. */
  commit: string | null;
  machine: { cpus: number; cpu: string; memoryGiB: number; node: string };
  /** 1-minute load average when the benchmark started: above the core count, other work competed for the CPU. */
  loadAverage: number;
  corpus: {
    editions: number;
    chapters: number;
    seed?: number;
    registries?: Record<string, number>;
    /** The kilobytes each generated chapter was grown to (`--chapter-kb`); unset: the default chapters. */
    chapterKb?: number;
    /** Bytes of all chapter files: the amount of text the per-MB rows divide by. */
    chapterBytes?: number;
  };
  /** How the index was built: by the site's own Pagefind integration, or by this script after the build. */
  indexedBy: 'integration' | 'bench';
  /** The project's first build of each run, with empty caches (Astro's and the cards'). */
  runs: Run[];
  median: Run;
  /** The project's second build of each run, nothing changed, caches and output kept. */
  warm: { runs: Run[]; median: Run };
  /** A third build, nothing changed, caches kept, built anew all the same (REBUILD=1). */
  rebuild?: { runs: Run[]; median: Run };
  reference: {
    cold: { runs: ReferenceRun[]; median: ReferenceRun };
    warm: { runs: ReferenceRun[]; median: ReferenceRun };
    pages: number;
  };
  /** Median over the runs of project seconds / reference seconds, each run's builds back to back. */
  /**
   * The Pagefind CLI run by itself over the HTML of the project's cold build, into a new folder
   * (Pagefind skips writing files that already exist): what the build's index step is held to.
   */
  sameHtmlCli?: { runs: number[]; median: number };
  ratios: {
    cold: number;
    warm: number;
    coldCpu: number;
    warmCpu: number;
    rebuild?: number;
    rebuildCpu?: number;
    /** The build's index step (Pagefind and the search page's index) / the CLI on the same HTML. */
    index?: number;
  };
  pages: number;
  /** Social card images (/og/…png). */
  cards: number;
  msPerPage: number;
  distBytes: number;
  pagefindBytes: number;
  chapterPages: {
    count: number;
    htmlCssGzip: { median: number; max: number };
    jsBytes: { max: number };
    /** Distinct stylesheets linked from chapter pages (1 = one shared file). */
    stylesheets: number;
  };
}

export const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

/** Seconds per MB of chapter text, where the corpus says how much text it has. */
const perMb = (r: BenchResult, seconds: number | null | undefined) =>
  r.corpus.chapterBytes && seconds != null ? seconds / (r.corpus.chapterBytes / 2 ** 20) : undefined;

const kb = (bytes: number) => `${round(bytes / 1024, 1)} KB`;
const mb = (bytes: number) => `${round(bytes / 2 ** 20, 1)} MB`;
const seconds = (n: number) => n.toFixed(1);
const times = (n: number) => `${n.toFixed(2)}×`;

/**
 * Rows of the table: label and how to show a result's value (a number too, for ratios; null: not
 * measured, undefined: not in this result, e.g. a JSON written by an older version of the bench).
 */
const ROWS: [string, (r: BenchResult) => number | null | undefined, (n: number) => string][] = [
  ['章（版 × 章）', (r) => r.corpus.chapters, String],
  ['章の文字（MB、フロントマター込み）', (r) => r.corpus.chapterBytes, mb],
  ['ページ', (r) => r.pages, String],
  ['OG カード', (r) => r.cards, String],
  ['参照ビルド: Astro＋MDX（秒）', (r) => r.reference?.cold.median.astroSeconds, seconds],
  ['参照ビルド: Pagefind CLI（秒）', (r) => r.reference?.cold.median.indexSeconds, seconds],
  ['参照ビルド: 合計（秒）', (r) => r.reference?.cold.median.totalSeconds, seconds],
  ['参照ビルド: 2回目の合計（秒）', (r) => r.reference?.warm.median.totalSeconds, seconds],
  ['内容の検査（秒、Astro と並んで）', (r) => r.median.checkSeconds, seconds],
  ['Astro ビルド（秒）', (r) => r.median.astroSeconds, seconds],
  ['　Astro の開始（内容の同期を含む、秒）', (r) => r.median.startSeconds, seconds],
  ['　Vite（秒）', (r) => r.median.viteSeconds, seconds],
  ['　ページの生成（秒）', (r) => r.median.pagesSeconds, seconds],
  ['　画像の生成（秒）', (r) => r.median.imagesSeconds, seconds],
  ['索引 Pagefind（秒）', (r) => r.median.indexSeconds, seconds],
  ['同じ HTML に Pagefind CLI だけ（秒）', (r) => r.sameHtmlCli?.median, seconds],
  ['合計（秒）', (r) => r.median.totalSeconds, seconds],
  ['合計 / 章の文字 1 MB（秒）', (r) => perMb(r, r.median.totalSeconds), seconds],
  ['　ページの生成 / 1 MB（秒）', (r) => perMb(r, r.median.pagesSeconds), seconds],
  ['　索引 / 1 MB（秒）', (r) => perMb(r, r.median.indexSeconds), seconds],
  ['参照ビルドの合計 / 1 MB（秒）', (r) => perMb(r, r.reference?.cold.median.totalSeconds), seconds],
  ['2回目（変更なし）の合計（秒）', (r) => r.warm?.median.totalSeconds, seconds],
  ['3回目（変更なし、REBUILD=1）の合計（秒）', (r) => r.rebuild?.median.totalSeconds, seconds],
  ['比: 合計 / 参照（冷えた状態）', (r) => r.ratios?.cold, times],
  ['比: 2回目 / 参照の2回目', (r) => r.ratios?.warm, times],
  ['比: 3回目（REBUILD=1） / 参照の2回目', (r) => r.ratios?.rebuild, times],
  ['比: 索引 / 同じ HTML の Pagefind CLI', (r) => r.ratios?.index, times],
  ['比: CPU 時間 / 参照（冷えた状態）', (r) => r.ratios?.coldCpu, times],
  ['比: CPU 時間 / 参照（2回目）', (r) => r.ratios?.warmCpu, times],
  ['比: CPU 時間 3回目 / 参照（2回目）', (r) => r.ratios?.rebuildCpu, times],
  ['ビルドの CPU 時間（秒）', (r) => r.median.buildCpuSeconds, seconds],
  // With the integration, Pagefind runs inside the build and its CPU time is part of the build's.
  ['索引の CPU 時間（秒）', (r) => r.median.indexCpuSeconds, seconds],
  ['開始時のロードアベレージ', (r) => r.loadAverage, (n) => n.toFixed(1)],
  ['1ページあたり（ms）', (r) => r.msPerPage, (n) => n.toFixed(1)],
  ['dist の大きさ', (r) => r.distBytes, mb],
  ['Pagefind 索引の大きさ', (r) => r.pagefindBytes, mb],
  ['章ページ HTML+CSS gzip 中央値', (r) => r.chapterPages.htmlCssGzip.median, kb],
  ['章ページ HTML+CSS gzip 最大', (r) => r.chapterPages.htmlCssGzip.max, kb],
  ['章ページの JS（バイト）', (r) => r.chapterPages.jsBytes.max, String],
  ['ピークメモリ（MiB）', (r) => r.median.peakRssMiB, (n) => n.toFixed(0)],
  ['ピークメモリ 2回目（MiB）', (r) => r.warm?.median.peakRssMiB, (n) => n.toFixed(0)],
  ['参照ビルドのピークメモリ（MiB）', (r) => r.reference?.cold.median.peakRssMiB, (n) => n.toFixed(0)],
];

function describe(r: BenchResult): string {
  const size = r.corpus.chapterKb ? `${r.size}・章 ${r.corpus.chapterKb} KB` : r.size;
  return `${size}（${r.runs.length}回の中央値, ${r.commit ?? 'git なし'}, 索引: ${r.indexedBy === 'integration' ? 'ビルドの中' : 'ベンチが実行'}）`;
}

export function table(results: BenchResult[]): string {
  const header = ['指標', ...results.map(describe), ...(results.length === 2 ? ['B / A'] : [])];
  const rows = ROWS.map(([label, value, show]) => {
    const cells = results.map((r) => {
      const n = value(r);
      return n === undefined ? '—' : n === null ? '—（ビルドに含む）' : show(n);
    });
    if (results.length === 2) {
      const [a, b] = results.map(value);
      cells.push(a && b !== null && b !== undefined ? (b / a).toFixed(2) : '—');
    }
    return [label, ...cells];
  });
  const machine = results[0].machine;
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    '',
    `マシン: ${machine.cpus} コア（${machine.cpu}）、${machine.memoryGiB} GiB、Node ${machine.node}`,
  ].join('\n');
}
