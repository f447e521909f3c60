/**
 * The outside sources a page cites, read from its Markdown syntax tree, and the site's list of
 * sources (出典一覧) made from them: each URL once, with a label and every page that cites it.
 */
import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { findFigures, jsxAttribute } from './figures.ts';

/** Where on a page a URL is cited. */
export type CitedWhere = 'source' | 'edition-source' | 'footnote' | 'figure' | 'body';

export interface CitedLink {
  url: string;
  /** What the page calls it: the link text, a footnote's words, a figure's source line. */
  text: string;
  where: CitedWhere;
}

/** A URL in running text ends before whitespace, Japanese punctuation or brackets. */
const BARE_URL = /https?:\/\/[^\s\u3000-\u303f\uff08\uff09\uff0c\uff1a\uff1b<>"'（）「」]+/g;

function trimUrl(url: string): string {
  return url.replace(/[.,;:!?)\]]+$/, '');
}

/**
 * What a footnote says about the URL at `index`: the words of its sentence before the URL, without
 * other URLs (「白書2019に関する記事」 for each of a list of four links).
 */
function footnoteLabel(text: string, index: number): string {
  const sentence = text.slice(0, index).split('。').pop() ?? '';
  return sentence
    .replace(BARE_URL, '')
    .replace(/[\s、，,：:]+$/u, '')
    .trim();
}

export function citedLinks(tree: Root): CitedLink[] {
  const found: CitedLink[] = [];
  const seen = new Set<string>();
  const add = (link: CitedLink) => {
    const key = `${link.where} ${link.url}`;
    if (!/^https?:\/\//.test(link.url) || seen.has(key)) return;
    seen.add(key);
    found.push(link);
  };
  const walk = (node: Nodes, where: 'body' | 'footnote') => {
    if (node.type === 'footnoteDefinition') {
      // URLs written out in a footnote are labelled by the words before them.
      const text = toString(node);
      for (const match of text.matchAll(BARE_URL)) {
        add({ url: trimUrl(match[0]), text: footnoteLabel(text, match.index), where: 'footnote' });
      }
      for (const child of node.children) walk(child, 'footnote');
      return;
    }
    if (node.type === 'link') {
      const text = toString(node).trim();
      if (text && !/^https?:\/\//.test(text)) add({ url: node.url, text, where });
      else if (where === 'body') add({ url: node.url, text: '', where });
      return;
    }
    if (node.type === 'text' && where === 'body') {
      for (const match of node.value.matchAll(BARE_URL)) add({ url: trimUrl(match[0]), text: '', where });
      return;
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes, where);
  };
  walk(tree, 'body');
  for (const { node } of findFigures(tree)) {
    if (node.type === 'table') continue;
    const url = jsxAttribute(node, 'sourceUrl');
    if (url) add({ url, text: jsxAttribute(node, 'source') ?? '', where: 'figure' });
  }
  return found;
}

/** A page that cites sources, with what it cites. */
export interface CitingPage {
  title: string;
  path: string;
  /** Edition year, for the per-edition list; none for press releases. */
  year?: number;
  links: readonly CitedLink[];
}

export interface Source {
  url: string;
  label: string;
  host: string;
  citedBy: { title: string; path: string; year?: number; where: CitedWhere[] }[];
}

/** Prefer the label an editor wrote for the source, then a figure's, a link's, a footnote's. */
const LABEL_RANK: Record<CitedWhere, number> = { 'edition-source': 0, source: 1, figure: 2, body: 3, footnote: 4 };

function sameUrl(url: string): string {
  return url.replace(/#.*$/, '').replace(/\/+$/, '');
}

/**
 * Every cited URL once (a trailing slash or #fragment does not make another source), with the best
 * label any page gives it and the pages that cite it in page order, grouped by host, hosts by name.
 */
export function collectSources(pages: readonly CitingPage[]): Source[] {
  const byUrl = new Map<string, Source & { rank: number }>();
  for (const page of pages) {
    for (const link of page.links) {
      const key = sameUrl(link.url);
      let source = byUrl.get(key);
      if (!source) {
        source = { url: link.url, label: '', host: new URL(link.url).host, citedBy: [], rank: Infinity };
        byUrl.set(key, source);
      }
      const rank = link.text ? LABEL_RANK[link.where] : Infinity;
      if (rank < source.rank) [source.label, source.rank] = [link.text, rank];
      let citing = source.citedBy.find((c) => c.path === page.path);
      if (!citing) {
        citing = { title: page.title, path: page.path, ...(page.year ? { year: page.year } : {}), where: [] };
        source.citedBy.push(citing);
      }
      if (!citing.where.includes(link.where)) citing.where.push(link.where);
    }
  }
  return [...byUrl.values()]
    .map(({ rank: _rank, ...source }) => ({ ...source, label: source.label || source.host }))
    .sort((a, b) => a.host.localeCompare(b.host, 'en') || a.url.localeCompare(b.url, 'en'));
}

export const WHERE_LABEL: Record<CitedWhere, string> = {
  'edition-source': '版の出典',
  source: '原典',
  figure: '図表の出典',
  footnote: '脚注',
  body: '本文',
};
