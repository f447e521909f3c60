/**
 * 図表: finds the figures of a page in its Markdown syntax tree (<Figure>, <KeyFigure> and the
 * tables inside them, tables captioned in Markdown), numbers them in their chapter (図3-1, 表3-1), gives each an anchor, and
 * reads tables as rows of plain text for CSV. The remark plugin (src/plugins/remark-figures.ts)
 * and `npm run check:content` both use it, so the site and the check see the same figures.
 */
import type { Nodes, Paragraph, Root, RootContent, Table } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { idPattern } from '../schemas/fields.ts';

/** 図 (a figure: an image, a chart, a key figure) or 表 (a table). */
export type FigureKind = 'figure' | 'table';

export interface FigureRecord {
  kind: FigureKind;
  /** The component that made it. */
  component: 'Figure' | 'KeyFigure';
  /** Place among the page's figures of the same kind, from 1. */
  seq: number;
  /** The id the editor gave, if any: it keeps the anchor when figures are reordered. */
  id?: string;
  /** The element id on the page: `table-2`, or `table-<id>` when the editor gave one. */
  anchor: string;
  /** 表3-1, 図3-2; 表序-1 on an edition's page, which has no chapter number. */
  number: string;
  /** The caption of a Figure, the label of a KeyFigure. */
  caption: string;
  source?: string;
  sourceUrl?: string;
  /** A KeyFigure's number as printed, its unit and the date it holds for. */
  value?: string;
  unit?: string;
  asOf?: string;
  /** A table's cells as plain text, header row first; a line break in a cell is kept as \n. */
  rows?: string[][];
  /** Line in the source file. */
  line?: number;
}

/** A figure problem, for `file › field: fix`. */
export interface FigureProblem {
  line?: number;
  field: string;
  message: string;
}

const COMPONENTS = new Set(['Figure', 'KeyFigure']);
type Jsx = MdxJsxFlowElement | MdxJsxTextElement;

/** A <Figure> or <KeyFigure>: the components whose contents are numbered as one figure. */
export function isFigureComponent(node: { type: string; name?: string | null }): node is Jsx {
  return isJsx(node as Nodes) && !!node.name && COMPONENTS.has(node.name);
}

function isJsx(node: Nodes): node is Jsx {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

/** A string attribute of a component; an expression (`{…}`) cannot be read at build time. */
export function jsxAttribute(node: Jsx, name: string): string | undefined {
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || attribute.name !== name) continue;
    if (typeof attribute.value === 'string') return attribute.value.trim();
    if (attribute.value && typeof attribute.value === 'object') return attribute.value.value.trim();
  }
  return undefined;
}

/** Sets (or replaces) a string attribute. */
export function setJsxAttribute(node: Jsx, name: string, value: string) {
  const rest = node.attributes.filter((a) => a.type !== 'mdxJsxAttribute' || a.name !== name);
  node.attributes = [...rest, { type: 'mdxJsxAttribute', name, value }];
}

/** The figure components and the tables of a page, in reading order, each with its table(s). */
export interface FoundFigure {
  node: Jsx | Table;
  tables: Table[];
  /** The first table's rows (tableRows), when the caller read them already. */
  rows?: string[][];
  /** A Markdown table's caption, as Pandoc and Quarto write it (markdownCaption). */
  markdown?: MarkdownCaption;
}

/**
 * The caption of a table in plain Markdown: a paragraph `: 見出し` directly after the table, with an
 * optional `{#tbl-id}` at its end, and a paragraph `出典: …` (text, or a link) after that.
 */
export interface MarkdownCaption {
  /** The `: 見出し` paragraph and the `出典:` paragraph, which the figure replaces. */
  paragraphs: Paragraph[];
  caption: string;
  /** The id of `{#tbl-id}` (or `{#id}`), without `tbl-`. */
  id?: string;
  source?: string;
  sourceUrl?: string;
}

const CAPTION = /^[:：][ \u3000]*/;
const CAPTION_ID = /[ \u3000]*\{#(?:tbl-)?([^}\s]*)\}$/;
const SOURCE = /^出典[:：][ \u3000]*/;

/** The text of a paragraph, without markup; `\{` written in MDX is the brace itself here. */
function plainText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  return 'children' in node ? node.children.map((child) => plainText(child as Nodes)).join('') : '';
}

/** The caption of a table from the nodes that follow it in its parent, if the editor wrote one. */
export function markdownCaption(following: readonly RootContent[]): MarkdownCaption | undefined {
  const [first, second] = following;
  if (first?.type !== 'paragraph') return undefined;
  const text = plainText(first).trim();
  if (!CAPTION.test(text)) return undefined;
  const id = CAPTION_ID.exec(text)?.[1];
  const found: MarkdownCaption = {
    paragraphs: [first],
    caption: text.replace(CAPTION, '').replace(CAPTION_ID, '').trim(),
    ...(id !== undefined ? { id } : {}),
  };
  if (second?.type === 'paragraph' && SOURCE.test(plainText(second).trim())) {
    found.paragraphs.push(second);
    const link = second.children.find((child) => child.type === 'link');
    found.source = (link ? plainText(link) : plainText(second).trim().replace(SOURCE, '')).trim();
    if (link) found.sourceUrl = link.url;
  }
  return found;
}

export function findFigures(tree: Root): FoundFigure[] {
  const found: FoundFigure[] = [];
  const walk = (node: Nodes, inside: FoundFigure | undefined) => {
    if (isFigureComponent(node)) {
      const figure: FoundFigure = { node, tables: [] };
      found.push(figure);
      for (const child of node.children) walk(child, figure);
      return;
    }
    if (node.type === 'table') {
      if (inside) inside.tables.push(node);
      else found.push({ node, tables: [node] });
      return;
    }
    if (!('children' in node)) return;
    node.children.forEach((child, i) => {
      walk(child, inside);
      if (child.type === 'table' && !inside) {
        const markdown = markdownCaption(node.children.slice(i + 1) as RootContent[]);
        if (markdown) found[found.length - 1].markdown = markdown;
      }
    });
  };
  walk(tree, undefined);
  return found;
}

const BREAK = /^<br\s*\/?>$/i;

/** The text of a table cell: words and line breaks, without markup or footnote marks. */
export function cellText(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'break':
      return '\n';
    case 'html':
      return BREAK.test(node.value.trim()) ? '\n' : '';
    case 'footnoteReference':
    case 'mdxTextExpression':
    case 'mdxFlowExpression':
      return '';
    case 'mdxJsxTextElement':
    case 'mdxJsxFlowElement':
      if (node.name === 'br') return '\n';
      break;
    case 'image':
      return node.alt ?? '';
  }
  return 'children' in node ? node.children.map((child) => cellText(child as Nodes)).join('') : '';
}

export function tableRows(table: Table): string[][] {
  return table.children.map((row) => row.children.map((cell) => cellText(cell).trim()));
}

/** 表3-1; 表序-1 for a page without a chapter number (an edition's own page). */
export function figureNumber(kind: FigureKind, chapter: number | undefined, seq: number): string {
  return `${kind === 'table' ? '表' : '図'}${chapter ?? '序'}-${seq}`;
}

export function figureAnchor(kind: FigureKind, idOrSeq: string | number): string {
  return `${kind}-${idOrSeq}`;
}

/** `asOf` of a KeyFigure: a date as precise as known, or 未確認. */
const AS_OF = /^(\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?|未確認)$/;

/**
 * Describes the figures of a page: numbers, anchors, captions, sources, table rows, and every
 * problem an editor must fix (no caption, no source, a duplicate or malformed id, a table with an
 * empty header row, a table outside a <Figure>).
 */
export function describeFigures(
  found: readonly FoundFigure[],
  chapter: number | undefined,
): { figures: FigureRecord[]; problems: FigureProblem[] } {
  const figures: FigureRecord[] = [];
  const problems: FigureProblem[] = [];
  const seq = { figure: 0, table: 0 };
  /** Ids and anchors already used on the page, with the line of their figure. */
  const anchors = new Map<string, number | undefined>();
  for (const { node, tables, rows, markdown } of found) {
    const line = node.position?.start.line;
    const at = line !== undefined ? `${line}行目 ` : '';
    const problem = (field: string, message: string) => problems.push({ line, field: at + field, message });

    if (node.type === 'table' && !markdown) {
      problem(
        '表',
        '表に見出しと出典がありません。表のすぐ下に、空行をはさんで「: 表の見出し」の段落と「出典: 資料名」の段落を' +
          '書いてください（.md でも .mdx でも使えます）。.mdx の章なら、<Figure caption="表の見出し" source="出典"> と ' +
          '</Figure> で表を囲んでもかまいません。番号・図表一覧・CSV はその見出しで作られます。',
      );
      continue;
    }
    // A captioned Markdown table is what <Figure caption source> around it is.
    const attribute = (name: string) =>
      node.type === 'table'
        ? (markdown?.[name as keyof MarkdownCaption] as string | undefined)
        : jsxAttribute(node, name);
    const component = node.type === 'table' ? 'Figure' : (node.name as FigureRecord['component']);
    const kind: FigureKind = component === 'Figure' && tables.length > 0 ? 'table' : 'figure';
    seq[kind] += 1;
    const id = attribute('id');
    const caption = attribute(component === 'Figure' ? 'caption' : 'label') ?? '';
    const source = attribute('source');
    const record: FigureRecord = {
      kind,
      component,
      seq: seq[kind],
      ...(id ? { id } : {}),
      anchor: figureAnchor(kind, id && idPattern.test(id) ? id : seq[kind]),
      number: figureNumber(kind, chapter, seq[kind]),
      caption,
      ...(source ? { source } : {}),
      ...(line !== undefined ? { line } : {}),
    };
    const sourceUrl = attribute('sourceUrl');
    if (sourceUrl) record.sourceUrl = sourceUrl;

    if (!caption && node.type === 'table') {
      problem('表の見出し', '見出しが空です。「: 」の後に、何を示す表か（時点があれば時点も）を書いてください。');
    } else if (!caption) {
      problem(
        `${component}.${component === 'Figure' ? 'caption' : 'label'}`,
        component === 'Figure'
          ? '図表の見出しがありません。caption="…" に、何を示す図表か（時点があれば時点も）を書いてください。'
          : '数字の説明がありません。label="…" に、何を数えた数字かを書いてください。',
      );
    }
    if (!source) {
      problem(
        node.type === 'table' ? '表の出典' : `${component}.source`,
        node.type === 'table'
          ? '出典がありません。見出しの段落の下に、空行をはさんで「出典: 資料名」の段落を書いてください（資料名をリンクにすると URL も載ります）。'
          : '出典がありません。source="…" に、この数字や表のもとになった資料を書いてください。',
      );
    }
    if (sourceUrl && !/^https?:\/\//.test(sourceUrl)) {
      problem(
        `${component}.sourceUrl`,
        `「${sourceUrl}」は URL ではありません。https:// で始まる出典の URL を書いてください。`,
      );
    }
    if (id !== undefined && !idPattern.test(id)) {
      problem(
        `${component}.id`,
        `「${id}」は id に使えません。半角英小文字・数字・ハイフンだけで書いてください（例: g-net-hires）。`,
      );
    }
    // An id is the editor's name for one figure of the page, whatever its kind; the anchor must be unique too.
    const keys = id ? [`id ${id}`, record.anchor] : [record.anchor];
    const clash = keys.find((key) => anchors.has(key));
    if (clash !== undefined) {
      const at = anchors.get(clash);
      problem(
        `${component}.id`,
        `id「${id ?? record.anchor}」は${at !== undefined ? ` ${at}行目の図表` : 'ほかの図表'}と重なっています。ページの中で重ならない id にしてください。`,
      );
    }
    for (const key of keys) if (!anchors.has(key)) anchors.set(key, line);

    if (component === 'KeyFigure') {
      const value = attribute('value');
      const unit = attribute('unit');
      const asOf = attribute('asOf');
      if (value !== undefined) record.value = value;
      if (unit !== undefined) record.unit = unit;
      if (asOf) record.asOf = asOf;
      if (!value) problem('KeyFigure.value', '数字がありません。value="…" に半角の数字を書いてください。');
      if (asOf && !AS_OF.test(asOf)) {
        problem(
          'KeyFigure.asOf',
          `「${asOf}」は時点として読めません。2021-04-01、2021-04、2021 のように書くか、わからなければ 未確認 と書いてください。`,
        );
      }
    }
    if (tables.length > 1) {
      problem('Figure', `1つの <Figure> に表が${tables.length}つあります。表ごとに <Figure> を分けてください。`);
    }
    if (tables.length > 0) {
      record.rows = rows ?? tableRows(tables[0]);
      if ((record.rows[0] ?? []).every((cell) => cell === '')) {
        problem(
          `${component}.表の見出し行`,
          '表の1行目（見出し行）が空です。各列が何を表すか（例: | 年 | 人数 |）を1行目に書いてください。',
        );
      }
    }
    figures.push(record);
  }
  return { figures, problems };
}

/** One CSV field: quoted only when it holds a comma, a quote or a line break (RFC 4180). */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * Rows as CSV for spreadsheets: a UTF-8 byte order mark (so that Excel in Japanese reads UTF-8),
 * RFC 4180 quoting, CRLF after every record. A line break inside a cell stays a bare LF, as
 * spreadsheets write it.
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return '\uFEFF' + rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}

/** A key figure as data: what the CSV and JSON downloads of an edition hold. */
export interface KeyFigureData {
  number: string;
  /** The number as printed; a JSON number where it is one. */
  value: string;
  unit: string;
  label: string;
  /** ISO date as precise as known (2021-04), 未確認, or empty. */
  asOf: string;
  source: string;
  sourceUrl: string;
  /** The page it is on and the figure's own URL. */
  page: string;
  url: string;
}

export function keyFigureData(
  figure: Pick<FigureRecord, 'number' | 'value' | 'unit' | 'caption' | 'asOf' | 'source' | 'sourceUrl'>,
  place: { page: string; url: string },
): KeyFigureData {
  return {
    number: figure.number,
    value: figure.value ?? '',
    unit: figure.unit ?? '',
    label: figure.caption,
    asOf: figure.asOf ?? '',
    source: figure.source ?? '',
    sourceUrl: figure.sourceUrl ?? '',
    ...place,
  };
}

const KEY_FIGURE_COLUMNS: [keyof KeyFigureData, string][] = [
  ['number', '番号'],
  ['value', '値'],
  ['unit', '単位'],
  ['label', '項目'],
  ['asOf', '時点'],
  ['source', '出典'],
  ['sourceUrl', '出典URL'],
  ['page', '掲載ページ'],
  ['url', 'URL'],
];

/** Key figures as CSV rows under Japanese column names. */
export function keyFigureRows(figures: readonly KeyFigureData[]): string[][] {
  return [KEY_FIGURE_COLUMNS.map(([, name]) => name), ...figures.map((f) => KEY_FIGURE_COLUMNS.map(([key]) => f[key]))];
}

/** Key figures as JSON records: values that are plain numbers become numbers; nothing unknown is filled in. */
export function keyFigureJson(figures: readonly KeyFigureData[]) {
  return figures.map((f) => ({
    ...f,
    value: /^-?\d+(\.\d+)?$/.test(f.value) ? Number(f.value) : f.value,
    valueAsPrinted: f.value,
    asOf: f.asOf || null,
    sourceUrl: f.sourceUrl || null,
  }));
}
