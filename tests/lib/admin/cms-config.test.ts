/**
 * The editor's configuration and the content schemas say the same thing: every key of the
 * chapter, edition, press and registry schemas is a field, in the schema's order, with the schema's
 * label, hint and requiredness, and ids are chosen from the registries, never typed.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { cmsConfig, cmsField, REGISTRIES, type CmsField, type Registries } from '../../../src/lib/admin/cms-config.ts';
import { chapterSchema } from '../../../src/schemas/chapter.ts';
import { editionSchema } from '../../../src/schemas/edition.ts';
import { checkContentDir } from '../../../scripts/content-check/files.ts';
import { FIXTURE_CORPUS } from '../../helpers/temp-corpus.ts';
import { personSchema } from '../../../src/schemas/person.ts';
import { pressSchema } from '../../../src/schemas/press.ts';
import { regionSchema } from '../../../src/schemas/region.ts';
import { topicSchema } from '../../../src/schemas/topic.ts';
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

function agrees(schema: z.ZodObject, fields: CmsField[], after = ['body']) {
  const keys = Object.keys(schema.shape);
  expect(fields.map((f) => f.name)).toEqual([...keys, ...after]);
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
    expect(config.collections.map((c) => c.name)).toEqual([
      'chapters-2021',
      'chapters-2019',
      'editions',
      'press',
      'questions',
      'signs',
      'regions',
      'people',
    ]);
    agrees(chapterSchema, collection('chapters-2021').fields!);
  });

  it('gives the edition pages and press releases the fields of their schemas', () => {
    for (const file of collection('editions').files!) agrees(editionSchema, file.fields);
    agrees(pressSchema, collection('press').fields!);
  });

  it('gives each registry a collection of its file, its entries with the fields of the registry’s schema', async () => {
    const schemas = { questions: topicSchema, signs: topicSchema, regions: regionSchema, people: personSchema };
    for (const [name, schema] of Object.entries(schemas)) {
      const registry = collection(name) as unknown as { format: string; files: { file: string; fields: CmsField[] }[] };
      // The format admin-start.js registers for it (src/lib/admin/registry-yaml.ts).
      expect(registry.format).toBe(`lcwp-registry-${name}`);
      expect(registry.files.map((f) => f.file)).toEqual([`content/${name}.yaml`]);
      const [header, entries] = registry.files[0].fields;
      expect(header).toMatchObject({ name: 'header', widget: 'hidden' });
      expect(entries).toMatchObject({ name: 'entries', widget: 'list' });
      agrees(schema, entries.fields!, []);
    }
    // Every registry the content check reads (as the site does) is one the editor edits.
    const read = Object.keys((await checkContentDir(FIXTURE_CORPUS)).content.registries);
    expect(REGISTRIES.map((r) => r.name).sort()).toEqual(read.sort());
    const people = collection('people').files![0].fields[1].fields!;
    expect(people.find((f) => f.name === 'aliases')).toMatchObject({ widget: 'list', required: false });
    expect(people.find((f) => f.name === 'description')).toMatchObject({ widget: 'text', required: false });
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
