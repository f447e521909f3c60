/**
 * The editor's configuration and the content schemas say the same thing: every key of the
 * chapter, edition and press schemas is a field, in the schema's order, with the schema's label,
 * hint and requiredness, and ids are chosen from the registries, never typed.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { cmsConfig, cmsField, type CmsField, type Registries } from '../../../src/lib/admin/cms-config.ts';
import { chapterSchema } from '../../../src/schemas/chapter.ts';
import { editionSchema } from '../../../src/schemas/edition.ts';
import { pressSchema } from '../../../src/schemas/press.ts';
import { SNIPPETS } from '../../../src/lib/admin/snippets.ts';
import { PLACEHOLDER } from '../../../src/lib/placeholders.ts';

const registries: Registries = {
  questions: [{ id: 'q-one', label: '問いの一' }],
  signs: [{ id: 's-one', label: '兆しの一' }],
  regions: [{ id: 'r-one', label: '地域の一' }],
  people: [
    { id: 'p-one', label: '人物の一' },
    { id: 'p-two', label: '人物の二' },
  ],
};
const config = cmsConfig({
  years: [2019, 2021],
  registries,
  siteUrl: 'https://example.org/lcwp',
  localBackendUrl: 'http://127.0.0.1:8081/api/v1',
}) as { collections: { name: string; fields?: CmsField[]; files?: { fields: CmsField[] }[] }[] };
const collection = (name: string) => config.collections.find((c) => c.name === name)!;

function agrees(schema: z.ZodObject, fields: CmsField[]) {
  const keys = Object.keys(schema.shape);
  expect(fields.map((f) => f.name)).toEqual([...keys, 'body']);
  for (const key of keys) {
    const field = fields.find((f) => f.name === key)!;
    const property = schema.shape[key] as z.ZodType;
    const meta = (property.meta() ?? {}) as { title?: string; description?: string };
    expect(field.label, key).toBe(meta.title);
    expect(field.hint, key).toBe(meta.description);
    // A key the schema accepts missing is one the editor may leave empty.
    expect(field.required, key).toBe(!property.safeParse(undefined).success);
  }
}

describe('cmsConfig', () => {
  it('gives each edition a chapter collection whose fields are the chapter schema', () => {
    expect(config.collections.map((c) => c.name)).toEqual(['chapters-2021', 'chapters-2019', 'editions', 'press']);
    agrees(chapterSchema, collection('chapters-2021').fields!);
  });

  it('gives the edition pages and press releases the fields of their schemas', () => {
    for (const file of collection('editions').files!) agrees(editionSchema, file.fields);
    agrees(pressSchema, collection('press').fields!);
  });

  it('offers enums as selects, booleans as toggles, full dates as dates and ids from the registries', () => {
    const fields = collection('chapters-2021').fields!;
    const byName = (name: string) => fields.find((f) => f.name === name)!;
    expect(byName('kind')).toMatchObject({ widget: 'select', options: ['digest', 'commentary', 'original'] });
    expect(byName('draft')).toMatchObject({ widget: 'boolean', default: true });
    expect(byName('order')).toMatchObject({ widget: 'number', value_type: 'int' });
    expect(byName('questions')).toMatchObject({ widget: 'select', multiple: true });
    expect(byName('questions').options).toEqual([{ label: '問いの一（q-one）', value: 'q-one' }]);
    expect(byName('people').options!.map((o) => (o as { value: string }).value)).toEqual(['p-one', 'p-two']);
    // The body is the MDX as written, with the buttons of src/lib/admin/snippets.ts.
    expect(byName('body')).toMatchObject({ widget: 'mdx', snippets: SNIPPETS, todo_mark: PLACEHOLDER });
    const press = collection('press').fields!;
    expect(press.find((f) => f.name === 'date')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD' });
    const credits = collection('editions').files![0].fields.find((f) => f.name === 'credits')!;
    expect(credits.fields!.find((f) => f.name === 'person')).toMatchObject({ widget: 'select' });
    expect(credits.fields!.find((f) => f.name === 'person')).not.toHaveProperty('multiple');
  });

  it('signs in to GitHub only when the repository is named, and links entries to their pages', () => {
    expect(config).toMatchObject({ backend: { name: 'proxy' }, locale: 'ja', site_url: 'https://example.org/lcwp/' });
    const github = cmsConfig({
      years: [2021],
      registries,
      repo: 'owner/site',
      branch: 'edit',
      siteUrl: 'https://example.org/',
      localBackendUrl: 'http://127.0.0.1:8081/api/v1',
    });
    expect(github.backend).toMatchObject({ name: 'github', repo: 'owner/site', branch: 'edit' });
    expect(collection('chapters-2021')).toMatchObject({
      preview_path: '2021/{{slug}}/',
      folder: 'content/editions/2021',
    });
  });

  it('refuses a schema field without a Japanese label', () => {
    expect(() => cmsField('note', z.string(), registries)).toThrow(/note に \.meta/);
  });
});
