/**
 * How the browser editor (/admin/) reads and writes a registry (content/questions.yaml, signs.yaml,
 * regions.yaml, people.yaml): a YAML list at the top of the file, which Decap CMS cannot edit as it
 * is (it edits an object). The editor sees `{ header, entries }`: the comment lines at the top of the
 * file and the list. Written back, the file is the header, a blank line, and the entries one after
 * another with a blank line between them, each key in the registry's order, so that opening and
 * saving a registry changes nothing and a changed title is a one-line change.
 *
 * The editor's page loads this file itself (src/integrations/admin.ts strips its types), so it
 * imports nothing at run time: the YAML library (js-yaml) is handed in.
 */

/** What this module needs of js-yaml. */
export interface Yaml {
  load(text: string): unknown;
  dump(value: unknown, options?: Record<string, unknown>): string;
}

/** A registry as the editor holds it. */
export interface RegistryDocument {
  /** The comment lines above the first entry, each ending in a line break ('' when there are none). */
  header: string;
  entries: Record<string, unknown>[];
}

/** The registry in a file's text. */
export function readRegistry(text: string, yaml: Yaml): RegistryDocument {
  const header = /^(?:#[^\n]*\n)*/.exec(text)![0];
  const entries = yaml.load(text) ?? [];
  if (!Array.isArray(entries)) throw new Error('登録簿は「- id: …」で始まる項目のリストにしてください。');
  return { header, entries: entries as Record<string, unknown>[] };
}

/** Whether a value says nothing (a field the editor left empty): the file leaves it out. */
const empty = (value: unknown) =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

/** The file's text for a registry, each entry's keys in `order` (keys it does not name go last). */
export function writeRegistry(document: RegistryDocument, order: readonly string[], yaml: Yaml): string {
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  const entries = document.entries.map((entry) => {
    const keys = Object.keys(entry)
      .filter((key) => !empty(entry[key]))
      .sort((a, b) => rank(a) - rank(b));
    // One entry as a list of one: `- id: …` and its keys indented under it, long lines unfolded.
    return yaml.dump([Object.fromEntries(keys.map((key) => [key, entry[key]]))], { lineWidth: -1, noRefs: true });
  });
  const header = document.header.trim() ? document.header.replace(/\n*$/, '\n\n') : '';
  return header + (entries.length ? entries.join('\n') : '[]\n');
}
