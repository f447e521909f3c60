/**
 * What the search page needs to know of one built page: the text a reader sees in its
 * `data-pagefind-body`, where its sections (headings with an id) start in that text, and the
 * metadata and filters SearchMeta writes for Pagefind. One streaming pass over the HTML.
 */
import { Parser } from 'htmlparser2';

export interface PageSection {
  /** Offset in `text` where the heading starts. */
  start: number;
  /** The heading's id: the section link is `url#id`. */
  id: string;
  /** The heading's text. */
  title: string;
}

export interface SearchPage {
  /** Visible text: hidden and `data-pagefind-ignore` parts, ruby readings and scripts left out. */
  text: string;
  sections: PageSection[];
  /** `data-pagefind-meta` values: title, type, edition, kind, summary… */
  meta: Record<string, string>;
  /** `data-pagefind-filter` values: type, edition, question, sign, region. */
  filters: Record<string, string[]>;
}

/** Elements whose text is never shown as such. */
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'rt', 'rp']);
/** Elements that run on with the text around them; any other element separates words. */
const INLINE = new Set(
  'a abbr b bdi bdo cite code data dfn em i kbd mark q ruby s samp small span strong sub sup time u var wbr'.split(' '),
);
/** Sections start at h2 and below; the h1 is the page itself. */
const HEADING = /^h[2-6]$/;

export function searchPage(html: string): SearchPage {
  // The text as a reader's copy gives it: one space for each run of white space, block breaks included.
  let text = '';
  const add = (data: string) => {
    const chunk = data.replace(/\s+/gu, ' ');
    text += text === '' || text.endsWith(' ') ? chunk.replace(/^ /u, '') : chunk;
  };
  const sections: PageSection[] = [];
  const meta: Record<string, string> = {};
  const filters: Record<string, string[]> = {};
  /** Open elements: whether each is inside the body, hidden, a heading with an id. */
  const stack: { name: string; body: boolean; hidden: boolean; section?: PageSection }[] = [];
  /** The meta or filter element whose text is being read. */
  let field: { kind: 'meta' | 'filter'; key: string; depth: number; value: string } | undefined;
  const top = () => stack.at(-1);

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const parent = top();
        const body = (parent?.body ?? false) || 'data-pagefind-body' in attributes;
        const hidden =
          (parent?.hidden ?? false) ||
          SKIPPED.has(name) ||
          'hidden' in attributes ||
          'data-pagefind-ignore' in attributes;
        if (body && !hidden && !INLINE.has(name)) add(' ');
        const entry: (typeof stack)[number] = { name, body, hidden };
        if (body && !hidden && HEADING.test(name) && attributes.id) {
          entry.section = { start: text.length, id: attributes.id, title: '' };
          sections.push(entry.section);
        }
        const key = attributes['data-pagefind-meta'] ?? attributes['data-pagefind-filter'];
        if (key !== undefined && !field) {
          field = { kind: 'data-pagefind-meta' in attributes ? 'meta' : 'filter', key, depth: stack.length, value: '' };
        }
        stack.push(entry);
      },
      ontext(data) {
        if (field) field.value += data;
        const current = top();
        if (!current?.body || current.hidden) return;
        add(data);
        for (const open of stack) if (open.section) open.section.title += data;
      },
      // htmlparser2 closes every element it opens, void and implied ones included.
      onclosetag(name) {
        const closed = stack.pop();
        if (closed?.body && !closed.hidden && !INLINE.has(name)) add(' ');
        if (field && stack.length === field.depth) {
          const value = field.value.replace(/\s+/gu, ' ').trim();
          if (field.kind === 'meta') meta[field.key] = value;
          else (filters[field.key] ??= []).push(value);
          field = undefined;
        }
      },
    },
    { decodeEntities: true },
  );
  // Nothing before the first indexed element counts (head, header, navigation): start there.
  const body = html.indexOf('data-pagefind-body');
  parser.end(body === -1 ? '' : html.slice(html.lastIndexOf('<', body)));

  const trimmed = text.trimEnd();
  return {
    text: trimmed,
    sections: sections.map((s) => ({
      start: Math.min(s.start, trimmed.length),
      id: s.id,
      title: s.title.replace(/\s+/gu, ' ').trim(),
    })),
    meta,
    filters,
  };
}
