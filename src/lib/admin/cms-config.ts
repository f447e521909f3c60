/**
 * The configuration of the browser editor at /admin/ (Decap CMS), made from the content schemas
 * (src/schemas/) and the registries, so the fields are never described twice: each field takes
 * its label and hint from the schema's `.meta()`, its widget from the schema's type, and the
 * 問い・兆し・地域・人物 ids are chosen from the registries' entries. Plain data in, plain data out.
 */
import type { z } from 'astro/zod';
import { chapterSchema } from '../../schemas/chapter.ts';
import { editionSchema } from '../../schemas/edition.ts';
import { personSchema } from '../../schemas/person.ts';
import { pressSchema } from '../../schemas/press.ts';
import { regionSchema } from '../../schemas/region.ts';
import { topicSchema } from '../../schemas/topic.ts';
import { PLACEHOLDER } from '../placeholders.ts';
import { SNIPPETS } from './snippets.ts';

/** One entry of a registry as the editor's select lists show it. */
export interface RegistryChoice {
  id: string;
  /** The entry's title (問い・兆し) or name (地域・人物). */
  label: string;
}

export interface Registries {
  questions: RegistryChoice[];
  signs: RegistryChoice[];
  regions: RegistryChoice[];
  people: RegistryChoice[];
}

export interface CmsConfigInput {
  /** Edition years, from the folders under content/editions/. */
  years: number[];
  registries: Registries;
  /** `owner/name` of the GitHub repository (CMS_REPO); without it the editor works locally only. */
  repo?: string;
  /** Branch the editor commits to (CMS_BRANCH). */
  branch?: string;
  /** URL of the OAuth service that signs editors in to GitHub (CMS_AUTH_URL), when not Netlify's. */
  authUrl?: string;
  /** Where entries' pages are, e.g. https://example.org/lcwp/ (the 「ライブで見る」 links; preview-url.ts). */
  siteUrl: string;
  /** URL of the local backend (decap-server) used when /admin/ is opened from this machine. */
  localBackendUrl: string;
  /** The content folder relative to the repository root, as the backend sees it. */
  contentPath?: string;
}

/** A field of a Decap collection (the subset this site uses). */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  hint?: string;
  required?: boolean;
  default?: unknown;
  multiple?: boolean;
  options?: (string | { label: string; value: string })[];
  fields?: CmsField[];
  field?: CmsField;
  [option: string]: unknown;
}

/** Front-matter keys whose values are ids of a registry. */
const ID_FIELDS: Record<string, keyof Registries> = {
  questions: 'questions',
  signs: 'signs',
  regions: 'regions',
  authors: 'people',
  people: 'people',
  person: 'people',
};

type Schema = z.ZodType;
const def = (schema: Schema) =>
  (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;

/** The `.meta()` of the schema or of any wrapper around it (optional, default, pipe). */
function metaOf(schema: Schema): { title?: string; description?: string } {
  let current: Schema | undefined = schema;
  while (current) {
    const meta = current.meta() as { title?: string; description?: string } | undefined;
    if (meta?.title) return meta;
    const d = def(current);
    current = (d.innerType ?? (d.type === 'pipe' ? d.in : undefined)) as Schema | undefined;
  }
  return {};
}

/** The schema under optional/default, whether the editor may leave it empty, and its default. */
function unwrap(schema: Schema): { core: Schema; required: boolean; fallback?: unknown } {
  let core = schema;
  let required = true;
  let fallback: unknown;
  for (;;) {
    const d = def(core);
    if (d.type === 'optional') required = false;
    else if (d.type === 'default') {
      required = false;
      fallback = typeof d.defaultValue === 'function' ? (d.defaultValue as () => unknown)() : d.defaultValue;
    } else break;
    core = d.innerType as Schema;
  }
  return { core, required, fallback };
}

/**
 * What kind of date a field holds, told by what it accepts (`.meta()` clones a schema, so the
 * field builders of fields.ts cannot be recognised by identity): a calendar date written as a
 * YAML date (fullDateField), or one that may stop at the month or year (partialDateField).
 */
function dateKind(core: Schema): 'full' | 'partial' | undefined {
  if (def(core).type !== 'pipe' || !core.safeParse(new Date(Date.UTC(2021, 5, 10))).success) return undefined;
  return core.safeParse('2021-06').success ? 'partial' : 'full';
}

/** The Decap field for one key of a schema. */
export function cmsField(name: string, schema: Schema, registries: Registries): CmsField {
  const meta = metaOf(schema);
  if (!meta.title)
    throw new Error(`スキーマの ${name} に .meta({ title }) がありません（エディターの項目名になります）。`);
  const { core, required, fallback } = unwrap(schema);
  const base: CmsField = {
    name,
    label: meta.title,
    widget: 'string',
    ...(meta.description ? { hint: meta.description } : {}),
    required,
  };
  const d = def(core);
  const registry = ID_FIELDS[name];
  if (registry) {
    const options = registries[registry].map((entry) => ({ label: `${entry.label}（${entry.id}）`, value: entry.id }));
    const multiple = d.type === 'array';
    return { ...base, widget: 'select', options, ...(multiple ? { multiple: true, default: [] } : {}) };
  }
  const date = dateKind(core);
  if (date === 'full') {
    return { ...base, widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false };
  }
  if (date === 'partial') {
    // A partial date ("2019-05", "2020") is not a calendar date, so it is typed as text of that shape.
    return {
      ...base,
      pattern: ['^\\d{4}(-\\d{2}(-\\d{2})?)?$', '2021-06-10、2019-05、2020 のいずれかの形で書いてください。'],
    };
  }
  switch (d.type) {
    case 'boolean':
      return { ...base, widget: 'boolean', default: fallback ?? false };
    case 'number':
      return { ...base, widget: 'number', value_type: 'int', ...(fallback !== undefined ? { default: fallback } : {}) };
    case 'enum':
      return { ...base, widget: 'select', options: Object.values(d.entries as Record<string, string>) };
    case 'array': {
      const element = d.element as Schema;
      const elementDef = def(unwrap(element).core);
      if (elementDef.type === 'object') {
        return { ...base, widget: 'list', fields: cmsFields(element as z.ZodObject, registries), default: [] };
      }
      const widget = elementDef.type === 'number' ? 'number' : 'string';
      return {
        ...base,
        widget: 'list',
        field: { name: 'item', label: meta.title, widget, ...(widget === 'number' ? { value_type: 'int' } : {}) },
        default: [],
      };
    }
    default:
      return {
        ...base,
        // Summaries and descriptions run to a few sentences: a box that shows them whole.
        ...(['summary', 'description'].includes(name) ? { widget: 'text' } : {}),
        ...(fallback !== undefined ? { default: fallback } : {}),
      };
  }
}

/** Every key of an object schema, in the schema's order (the order the files are written in). */
export function cmsFields(schema: z.ZodObject, registries: Registries): CmsField[] {
  return Object.entries(schema.shape).map(([name, field]) => cmsField(name, field as Schema, registries));
}

/**
 * The body: the MDX as written, in a plain text box with buttons that insert the components
 * (the widget `mdx` of src/integrations/admin-start.js). Decap's Markdown widget offers components
 * only in its rich-text mode, whose round trip would rewrite the MDX.
 */
const BODY: CmsField = {
  name: 'body',
  label: '本文',
  widget: 'mdx',
  snippets: SNIPPETS,
  todo_mark: PLACEHOLDER,
  hint: `MDX で書きます。見出しは ## から。表・数字・問答・コラム・ルビは上のボタンで入れ、${PLACEHOLDER}の欄を書き換えます（書き方は docs/editing.md）。`,
};

/** The registries, each a file of content/ with its schema; `name` is its entries' name key. */
export const REGISTRIES = [
  { name: 'questions', label: '問い', schema: topicSchema, nameKey: 'title' },
  { name: 'signs', label: '兆し', schema: topicSchema, nameKey: 'title' },
  { name: 'regions', label: '地域', schema: regionSchema, nameKey: 'name' },
  { name: 'people', label: '人物', schema: personSchema, nameKey: 'name' },
] as const satisfies readonly { name: keyof Registries; label: string; schema: z.ZodObject; nameKey: string }[];

/**
 * The custom format (src/lib/admin/registry-yaml.ts, registered by admin-start.js) a registry's
 * file is read and written with: Decap CMS cannot edit a file that is a list at its top.
 */
export const registryFormat = (name: string) => `lcwp-registry-${name}`;

/**
 * A registry as a collection of one file: the header comment (kept as it is) and the entries,
 * each with the fields of the registry's schema, folded to a line of its name and id.
 */
function registryCollection(
  registry: (typeof REGISTRIES)[number],
  content: string,
  registries: Registries,
): Record<string, unknown> {
  return {
    name: registry.name,
    label: registry.label,
    format: registryFormat(registry.name),
    editor: { preview: false },
    files: [
      {
        name: registry.name,
        label: `${registry.label}（${registry.name}.yaml）`,
        file: `${content}/${registry.name}.yaml`,
        // The registry's index page (/questions/ …), which lists every entry.
        preview_path: `${registry.name}/`,
        fields: [
          { name: 'header', label: '先頭のコメント', widget: 'hidden' },
          {
            name: 'entries',
            label: registry.label,
            label_singular: registry.label,
            widget: 'list',
            collapsed: true,
            summary: `{{fields.${registry.nameKey}}}（{{fields.id}}）`,
            fields: cmsFields(registry.schema, registries),
          },
        ],
      },
    ],
  };
}

export function cmsConfig(input: CmsConfigInput): Record<string, unknown> {
  const content = (input.contentPath ?? 'content').replace(/\/+$/, '');
  const site = input.siteUrl.replace(/\/?$/, '/');
  const { registries } = input;
  const years = [...input.years].sort((a, b) => b - a);
  const chapterFields = [...cmsFields(chapterSchema, registries), BODY];
  const chapters = years.map((year) => ({
    name: `chapters-${year}`,
    label: `${year}年版の章`,
    label_singular: `${year}年版の章`,
    folder: `${content}/editions/${year}`,
    extension: 'mdx',
    format: 'frontmatter',
    create: true,
    // The edition page (index.mdx) shares the folder; the chapters are the files without its
    // `status` (null stands for "absent": admin-start.js hands it to Decap as undefined).
    filter: { field: 'status', value: null },
    // Titles are Japanese; the file name (the URL) needs ASCII, so a new chapter is named by its order.
    slug: 'chapter-{{fields.order}}',
    identifier_field: 'title',
    summary: '{{order}}. {{title}}',
    sortable_fields: ['order', 'title'],
    preview_path: `${year}/{{slug}}/`,
    editor: { preview: false },
    fields: chapterFields.map((field) =>
      // New chapters start as drafts, like the scaffold's.
      field.name === 'draft' ? { ...field, default: true } : field,
    ),
  }));
  const editionFields = [
    // The cover is an image path written by `npm run covers`, not a field to type into.
    ...cmsFields(editionSchema, registries).map((field) =>
      field.name === 'cover' ? { ...field, widget: 'hidden' } : field,
    ),
    BODY,
  ];
  const editions = {
    name: 'editions',
    label: '版のページ',
    // Decap reads the format of a file collection here, not from each file.
    format: 'frontmatter',
    editor: { preview: false },
    files: years.map((year) => ({
      name: String(year),
      label: `${year}年版`,
      file: `${content}/editions/${year}/index.mdx`,
      preview_path: `${year}/`,
      fields: editionFields,
    })),
  };
  const press = {
    name: 'press',
    label: 'プレスリリース',
    label_singular: 'プレスリリース',
    folder: `${content}/press`,
    extension: 'mdx',
    format: 'frontmatter',
    create: true,
    slug: '{{fields.date}}-release',
    identifier_field: 'title',
    summary: '{{date}} {{title}}',
    sortable_fields: ['date', 'title'],
    preview_path: 'press/{{slug}}/',
    editor: { preview: false },
    fields: [
      ...cmsFields(pressSchema, registries).map((field) =>
        field.name === 'draft' ? { ...field, default: true } : field,
      ),
      BODY,
    ],
  };
  return {
    ...(input.repo
      ? {
          backend: {
            name: 'github',
            repo: input.repo,
            branch: input.branch ?? 'main',
            ...(input.authUrl ? { base_url: input.authUrl } : {}),
            commit_messages: {
              create: '{{collection}}「{{slug}}」を作成（エディター）',
              update: '{{collection}}「{{slug}}」を更新（エディター）',
              delete: '{{collection}}「{{slug}}」を削除（エディター）',
            },
          },
        }
      : { backend: { name: 'proxy', proxy_url: input.localBackendUrl } }),
    local_backend: { url: input.localBackendUrl, allowed_hosts: ['127.0.0.1', 'localhost'] },
    locale: 'ja',
    site_url: site,
    display_url: site,
    media_folder: `${content}/editions/images`,
    public_folder: './images',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [
      ...chapters,
      editions,
      press,
      ...REGISTRIES.map((registry) => registryCollection(registry, content, registries)),
    ],
  };
}
