/**
 * The browser editor reads and writes a registry (a YAML list at the top of its file) with
 * src/lib/admin/registry-yaml.ts and js-yaml, the same module and library its page loads: over
 * every registry of content/ and of the fixture corpus, opening and saving changes no byte, a
 * changed title or name is a one-line diff, and the file reads back to the registry as edited.
 */
import yaml from 'js-yaml';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cmsFields } from '../../../src/lib/admin/cms-config.ts';
import { REGISTRIES } from '../../../src/lib/admin/cms-config.ts';
import { readRegistry, writeRegistry } from '../../../src/lib/admin/registry-yaml.ts';
import { FIXTURE_CORPUS } from '../../helpers/temp-corpus.ts';

const none = { questions: [], signs: [], regions: [], people: [] };
/** The order admin-start.js hands the writer: the fields of the registry's collection. */
const orderOf = (registry: (typeof REGISTRIES)[number]) => cmsFields(registry.schema, none).map((f) => f.name);

const files = ['content', FIXTURE_CORPUS].flatMap((dir) =>
  REGISTRIES.map((registry) => [`${dir}/${registry.name}.yaml`, registry] as const),
);

describe.each(files)('%s', (file, registry) => {
  const text = readFileSync(file, 'utf8');
  const order = orderOf(registry);
  const document = readRegistry(text, yaml);

  it('is written back byte for byte when nothing was edited', () => {
    expect(document.entries.length).toBeGreaterThan(0);
    expect(document.entries).toEqual(yaml.load(text));
    expect(writeRegistry(document, order, yaml)).toBe(text);
  });

  it.each(document.entries.map((entry, index) => [entry.id as string, index]))(
    'changes one line when the %s entry gets a new title or name',
    (_, index) => {
      const key = registry.nameKey;
      const entries = document.entries.map((entry, i) =>
        i === index ? { ...entry, [key]: `${String(entry[key])}（改訂）` } : entry,
      );
      const saved = writeRegistry({ ...document, entries }, order, yaml);
      const [before, after] = [text.split('\n'), saved.split('\n')];
      expect(after.length).toBe(before.length);
      const changed = before.flatMap((line, i) => (line === after[i] ? [] : [[line, after[i]]]));
      expect(changed).toEqual([
        [`  ${key}: ${String(document.entries[index][key])}`, `  ${key}: ${String(entries[index][key])}`],
      ]);
      expect(yaml.load(saved)).toEqual(entries);
    },
  );
});

describe('writeRegistry', () => {
  const order = ['id', 'name', 'role', 'description', 'aliases'];
  it('keeps the header, leaves out what the editor left empty and puts keys in the registry’s order', () => {
    const entries = [
      { description: '説明。', name: '試験花子', id: 'hanako', role: '', aliases: [] },
      { id: 'taro', name: '試験太郎', aliases: ['old-taro'], note: '順にない項目' },
    ];
    expect(writeRegistry({ header: '# 人物\n# 二行目\n', entries }, order, yaml)).toBe(
      [
        '# 人物',
        '# 二行目',
        '',
        '- id: hanako',
        '  name: 試験花子',
        '  description: 説明。',
        '',
        '- id: taro',
        '  name: 試験太郎',
        '  aliases:',
        '    - old-taro',
        '  note: 順にない項目',
        '',
      ].join('\n'),
    );
  });

  it('writes a file without a header, and an empty registry as an empty list', () => {
    const text = '- id: a\n  name: 甲\n';
    expect(readRegistry(text, yaml)).toEqual({ header: '', entries: [{ id: 'a', name: '甲' }] });
    expect(writeRegistry(readRegistry(text, yaml), order, yaml)).toBe(text);
    expect(writeRegistry({ header: '# 空\n', entries: [] }, order, yaml)).toBe('# 空\n\n[]\n');
    expect(readRegistry('# 空\n\n[]\n', yaml).entries).toEqual([]);
  });

  it('quotes what YAML would read as another value, so the file reads back as written', () => {
    const entries = [{ id: 'a', name: 'yes', description: '2021-06-10', role: '〜: 役割 # 注' }];
    const saved = writeRegistry({ header: '', entries }, order, yaml);
    expect(yaml.load(saved)).toEqual(entries);
  });

  it('refuses a file that is not a list, with what to write', () => {
    expect(() => readRegistry('id: a\n', yaml)).toThrow('「- id: …」で始まる項目のリスト');
  });
});
