/**
 * The page as Pagefind is given it: the same HTML with the inside of every element Pagefind does
 * not read taken out — everything around the `data-pagefind-body` element (header, navigation,
 * footer) and the `data-pagefind-ignore` parts within it. The elements themselves stay, empty, so
 * the structure Pagefind walks (where blocks start and end) is the page's own, and so is its index,
 * byte for byte (tests/search/pagefind-input.test.ts). An element is kept whole when Pagefind reads
 * something inside it: a `data-pagefind-*` attribute (meta, filter, sort, weight, body) or an image
 * (Pagefind takes a page's first image as its picture). The head is kept as it is.
 *
 * A chapter page is about three times the text Pagefind indexes from it; parsing the rest cost the
 * index step about a quarter of its time (docs/benchmark.md).
 */
import { Parser } from 'htmlparser2';

/** An attribute by which Pagefind reads an element, other than to leave it out. */
const READ = /^data-pagefind-(?!ignore$)/;

interface Open {
  /** Where the element's contents start in the page. */
  inner: number;
  /** Inside the head, or an ancestor of the indexed part: never emptied. */
  fixed: boolean;
  /** Outside the indexed part, or ignored within it: emptied unless `read`. */
  unread: boolean;
  /** Holds something Pagefind reads. */
  read: boolean;
  /** Inside the `data-pagefind-body` element. */
  body: boolean;
  head: boolean;
}

export function pagefindInput(html: string): string {
  // Without a marked part Pagefind indexes the whole body: nothing then goes unread.
  if (!html.includes('data-pagefind-body')) return html;
  /** The ranges taken out, outermost only, in order. */
  const cuts: [number, number][] = [];
  const stack: Open[] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const parent = stack.at(-1);
        const isBody = 'data-pagefind-body' in attributes;
        const read = Object.keys(attributes).some((key) => READ.test(key));
        if (isBody) for (const open of stack) open.fixed = true;
        if (read || name === 'img') for (const open of stack) open.read = true;
        const head = (parent?.head ?? false) || name === 'head';
        const body = (parent?.body ?? false) || isBody;
        stack.push({
          inner: parser.endIndex + 1,
          fixed: head || isBody || name === 'html' || name === 'body',
          unread: body ? 'data-pagefind-ignore' in attributes : true,
          read,
          body,
          head,
        });
      },
      // htmlparser2 closes every element it opens; an implied close (a void element, a <p> ended
      // by the next block) has no contents of its own to take out.
      onclosetag(_name, implied) {
        const open = stack.pop()!;
        if (implied || open.fixed || !open.unread || open.read || parser.startIndex <= open.inner) return;
        while (cuts.length > 0 && cuts.at(-1)![0] >= open.inner) cuts.pop();
        cuts.push([open.inner, parser.startIndex]);
      },
    },
    { decodeEntities: false },
  );
  parser.end(html);
  let out = '';
  let at = 0;
  for (const [from, to] of cuts) {
    out += html.slice(at, from);
    at = to;
  }
  return out + html.slice(at);
}
