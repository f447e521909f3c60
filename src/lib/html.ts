/**
 * Markup made as one string, for the parts a build prints tens of thousands of times (a chapter
 * page's list of related chapters, chips). Astro renders each expression and component of a
 * template as a chunk of its own; at 1,000 chapters the related-chapter lists alone were about
 * 270,000 of them (27 items of about 10 on each chapter page). Values are escaped as Astro escapes
 * them, so the page comes out byte for byte as the component printed it.
 */

const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };

/** `text` safe inside an element or a double-quoted attribute: the five characters Astro escapes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>'"]/g, (c) => ENTITY[c]);
}

/** Markup already safe to print: made by `markup` or marked with `trustedHtml`. */
export class Html {
  readonly html: string;
  constructor(html: string) {
    this.html = html;
  }
}

/** What a template may hold: text and numbers are escaped, Html is printed as it is, lists are joined, nothing is left out. */
export type HtmlValue = string | number | Html | readonly HtmlValue[] | false | null | undefined;

function print(value: HtmlValue): string {
  if (value instanceof Html) return value.html;
  if (Array.isArray(value)) return value.map(print).join('');
  if (value === false || value === null || value === undefined) return '';
  return escapeHtml(String(value));
}

const trimmed = new WeakMap<TemplateStringsArray, readonly string[]>();

/**
 * A tagged template: markup`<a href="${href}">${label}</a>` escapes `href` and `label`. As in JSX,
 * whitespace that holds a line break is dropped, so a template can be laid out over lines without
 * putting spaces between inline elements on the page. Not named `html`: Prettier would reflow
 * the markup inside.
 */
export function markup(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  let parts = trimmed.get(strings);
  if (!parts) trimmed.set(strings, (parts = strings.map((part) => part.replace(/\s*\n\s*/g, ''))));
  let out = parts[0];
  for (let i = 0; i < values.length; i++) out += print(values[i]) + parts[i + 1];
  return new Html(out);
}

/** Markup made elsewhere and already escaped (the phrases of a title), to print as it is. */
export function trustedHtml(text: string): Html {
  return new Html(text);
}
