/** Test inputs drawn from the real content: every title and heading, and a seeded random source. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Front-matter titles and subtitles, ## to #### headings, and the titles and names of the registries. */
export function realTitles(): string[] {
  const titles: string[] = [];
  const editions = join('content', 'editions');
  for (const year of readdirSync(editions)) {
    for (const name of readdirSync(join(editions, year)).filter((f) => /\.mdx?$/.test(f))) {
      const text = readFileSync(join(editions, year, name), 'utf8');
      titles.push(
        ...[...text.matchAll(/^(?:title|subtitle): (.+)$|^#{2,4} (.+)$/gm)].map((m) => (m[1] ?? m[2]).trim()),
      );
    }
  }
  for (const name of readdirSync(join('content', 'press'))) {
    const text = readFileSync(join('content', 'press', name), 'utf8');
    titles.push(...[...text.matchAll(/^(?:title|subtitle): (.+)$/gm)].map((m) => m[1].trim()));
  }
  for (const registry of ['questions', 'signs', 'regions', 'people']) {
    const text = readFileSync(join('content', `${registry}.yaml`), 'utf8');
    titles.push(...[...text.matchAll(/^\s*-?\s*(?:title|name): (.+)$/gm)].map((m) => m[1].trim()));
  }
  return titles;
}

/** Park–Miller: the same "random" numbers on every run. */
export function seeded(seed: number): () => number {
  return () => (seed = (seed * 48271) % 2147483647) / 2147483647;
}
