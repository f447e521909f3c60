/**
 * The front-matter files the browser editor edits (chapters, edition pages, press releases), each
 * with the order of its collection's fields (the order the editor writes the front matter in), read
 * from the configuration the site builds for it. The registries have their own format
 * (src/lib/admin/registry-yaml.ts).
 */
import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { configFor } from '../../src/integrations/admin.ts';

interface Field {
  name: string;
}
interface Collection {
  format?: string;
  folder?: string;
  fields?: Field[];
  files?: { file: string; fields: Field[] }[];
}

export function contentFiles(contentDir: string): { file: string; fieldOrder: string[] }[] {
  const config = configFor(contentDir, 'http://localhost/') as { collections: Collection[] };
  // The configuration names files from the repository root; map them back into contentDir.
  const prefix = relative(process.cwd(), resolve(contentDir)).split('\\').join('/');
  const folderOf = (path: string) => join(contentDir, path.slice(prefix.length + 1));
  return config.collections
    .filter((collection) => collection.format === 'frontmatter')
    .flatMap((collection) => {
      if (collection.files) {
        return collection.files.map((entry) => ({
          file: folderOf(entry.file),
          fieldOrder: entry.fields.map((field) => field.name),
        }));
      }
      const folder = folderOf(collection.folder!);
      return readdirSync(folder)
        .filter((name) => name.endsWith('.mdx') && name !== 'index.mdx')
        .map((name) => ({ file: join(folder, name), fieldOrder: collection.fields!.map((field) => field.name) }));
    });
}
