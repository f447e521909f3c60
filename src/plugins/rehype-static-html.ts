import type { Element, Text } from 'hast';
import type { MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';
import { defineHastPlugin, type HastPluginDefinition, type HastVisitorContext } from 'satteri';

/**
 * Elements Astro writes as `<br/>` and Sätteri as `<br>` (Astro's void elements,
 * astro/dist/runtime/server/render/util.js). The MDX integration's `ignoreElementNames`: Sätteri
 * leaves them, and the elements around them, to Astro.
 */
export const ASTRO_VOID_ELEMENTS = [
  'area',
  'base',
  'br',
  'col',
  'command',
  'embed',
  'hr',
  'img',
  'input',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
];

/** Void elements that, without attributes, are written here as Astro writes them, so they stay in the static HTML. */
const BARE_VOID = ['br', 'hr', 'wbr'];

/**
 * The elements Markdown, GFM, the code highlighter and the site's plugins give attributes that the
 * two may write differently: footnote marks (`true`, `''`), link titles and footnote ids (quotes),
 * table regions' names, cell alignments and code colours (styles).
 */
const WITH_ATTRIBUTES = ['a', 'section', 'li', 'td', 'th', 'pre', 'span'];

/** Attributes Astro writes bare when `true`, as Sätteri does; Astro writes any other `true` as `="true"`. */
const BARE_WHEN_TRUE = new Set(
  [
    'allowfullscreen async autofocus autoplay checked controls default defer disabled',
    'disablepictureinpicture disableremoteplayback formnovalidate inert loop muted nomodule',
    'novalidate open playsinline readonly required reversed scoped seamless selected itemscope',
    'popover download hidden',
  ]
    .join(' ')
    .split(' '),
);

/** Characters Astro leaves as they are in an attribute value and Sätteri writes as references. */
const ATTRIBUTE_DIFFERS = /['`]/;
/** Characters Astro writes as references in text and Sätteri leaves as they are. */
const TEXT_DIFFERS = /['"]/;

/**
 * Whether no value of the same meaning is written alike by both: `''` (Astro bare, Sätteri `=""`),
 * `false` (Astro `="false"`, Sätteri leaves it out), an apostrophe or a backtick (Sätteri writes references).
 */
function writtenDifferently(value: unknown): boolean {
  if (value === '' || value === false) return true;
  const text = Array.isArray(value) ? value.join(' ') : value;
  return typeof text === 'string' && ATTRIBUTE_DIFFERS.test(text);
}

/**
 * A style as Astro writes it, `name:value;name:value`, from the object Sätteri compiles the text to;
 * undefined where that is not certain (a vendor prefix, a colon or quote in a value).
 */
function astroStyle(style: string): string | undefined {
  const declarations: string[] = [];
  for (const declaration of style.split(';')) {
    if (!declaration.trim()) continue;
    const parts = /^\s*([a-z][a-z-]*|--[\w-]+)\s*:\s*([^:'"`]*?)\s*$/.exec(declaration);
    if (!parts?.[2]) return undefined;
    declarations.push(`${parts[1]}:${parts[2]}`);
  }
  return declarations.length ? declarations.join(';') : undefined;
}

/** An empty fragment: an element holding one is rendered by Astro, and it adds no text (a heading's text is its contents entry). */
const fragment = (): MdxJsxTextElementHast => ({
  type: 'mdxJsxTextElement',
  name: 'Fragment',
  attributes: [],
  children: [],
});

/**
 * Whether any text of the document may hold a quote: its source does, outside the front matter and
 * the quotes around attribute values. Without one, the visit of every text node is left out.
 */
function mayHaveQuotedText(source: string): boolean {
  const body = source.replace(/^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/, '');
  return TEXT_DIFFERS.test(body.replace(/="([^"]*)"/g, '=$1'));
}

const elements: HastPluginDefinition['element'] = {
  filter: [...BARE_VOID, ...WITH_ATTRIBUTES],
  visit(node: Readonly<Element>, ctx) {
    if (BARE_VOID.includes(node.tagName)) {
      if (Object.keys(node.properties).length === 0)
        ctx.replaceNode(node, { type: 'raw', value: `<${node.tagName}/>` });
      return;
    }
    // Astro writes every `true` of a custom element as `="true"`.
    const custom = node.tagName.includes('-');
    let leaveToAstro = false;
    let backLink = false;
    for (const [key, value] of Object.entries(node.properties)) {
      if (key === 'style' && typeof value === 'string') {
        const style = astroStyle(value);
        if (style === undefined) leaveToAstro = true;
        else if (style !== value) ctx.setProperty(node, key, style);
      } else if (value === true && (custom || !BARE_WHEN_TRUE.has(key.toLowerCase())))
        ctx.setProperty(node, key, 'true');
      else if (value === '' && key === 'dataFootnoteBackref') backLink = true;
      else if (writtenDifferently(value)) leaveToAstro = true;
    }
    // GFM's back link holds only Sätteri's arrow, so Sätteri writes it, and writes `true` bare as Astro writes `''`.
    if (backLink && !leaveToAstro) ctx.setProperty(node, 'dataFootnoteBackref', true);
    if (leaveToAstro) ctx.appendChild(node, fragment());
  },
};

function text(node: Readonly<Text>, ctx: HastVisitorContext) {
  if (!TEXT_DIFFERS.test(node.value)) return;
  const parent = ctx.parent(node);
  // Script and style text is never escaped, by either.
  if (parent?.type === 'element' && (parent.tagName === 'script' || parent.tagName === 'style')) return;
  // Between two fragments the text is a child of its own, which Sätteri leaves to Astro.
  ctx.insertBefore(node, fragment());
  ctx.insertAfter(node, fragment());
}

const withText = defineHastPlugin({ name: 'rehype-static-html', element: elements, text });
const withoutText = defineHastPlugin({ name: 'rehype-static-html', element: elements });

/**
 * With MDX's `optimize`, Sätteri writes the parts of a chapter that hold no component as HTML when
 * it compiles the chapter, and Astro renders only the rest: the compiled chapter is a third of the
 * size, and that is what Vite's bundler holds in memory for a thousand chapters (docs/benchmark.md).
 * The two write some HTML differently; this keeps each page byte for byte what Astro alone
 * rendered. A `true` attribute becomes the text "true", which both write as `="true"`, and a style
 * is written as Astro writes it; `<wbr>`, `<br>` and `<hr>` without attributes are written `<wbr/>`
 * as Astro writes them; a text with a quote, or an element with a value the two write differently,
 * is left to Astro, which an empty <Fragment> beside it does. Other void
 * elements are left to Astro through `ignoreElementNames` (ASTRO_VOID_ELEMENTS).
 *
 * Runs after the site's other plugins. MDX only: a Markdown page is written whole by Sätteri.
 */
export const rehypeStaticHtml = ({
  sourceFormat,
  source,
}: {
  sourceFormat: string;
  source: string;
}): HastPluginDefinition | null =>
  sourceFormat === 'mdx' ? (mayHaveQuotedText(source) ? withText : withoutText) : null;
