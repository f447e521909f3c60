import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContentDir } from '../../../scripts/content-check/files.ts';
import { prng, writeCorpus } from '../../../scripts/lib/synthetic-corpus.ts';

const dirs: string[] = [];
async function corpus(seed: number) {
  const dir = await mkdtemp(join(tmpdir(), 'lcwp-corpus-'));
  dirs.push(dir);
  return { dir, summary: await writeCorpus(dir, { editions: 2, chaptersPerEdition: 3 }, seed) };
}
afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

/** Every file of a folder with a hash of its bytes, to compare two corpora. */
async function fingerprint(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  const hashes = await Promise.all(
    files.map(async (f) => [
      relative(dir, f),
      createHash('sha1')
        .update(await readFile(f))
        .digest('hex'),
    ]),
  );
  return Object.fromEntries(hashes.sort());
}

// Generating and checking a corpus takes seconds when other builds share the machine.
describe('the benchmark corpus', { timeout: 30_000 }, () => {
  it('passes the real content check: schemas, MDX syntax and registry ids', async () => {
    const { dir, summary } = await corpus(1);
    const { problems, counts, content } = await checkContentDir(dir);
    expect(problems).toEqual([]);
    expect(counts).toMatchObject({ editions: 2, chapters: 6 });
    expect(new Set(summary.chapterPaths)).toEqual(new Set(content.chapters.map((c) => `/${c.year}/${c.slug}/`)));
    // Registries sized like a decade of editions would have them, scaled per edition.
    expect(summary.registries).toEqual({ questions: 12, signs: 8, regions: 10, people: 60 });
    expect(counts.registryEntries).toBe(90);
  });

  it('writes chapters shaped like the real ones: headings, a table, footnotes, about 5 KB', async () => {
    const { dir, summary } = await corpus(1);
    for (const path of summary.chapterPaths) {
      const source = await readFile(join(dir, 'editions', `${path.slice(1, -1)}.mdx`), 'utf8');
      expect(source).toMatch(/^## /m);
      expect(source).toMatch(/^### /m);
      expect(source).toMatch(/^\| --- \| --- \| --- \|$/m);
      expect(source).toMatch(/^\[\^1\]: /m);
      expect(Buffer.byteLength(source)).toBeGreaterThan(3000);
      expect(Buffer.byteLength(source)).toBeLessThan(9000);
    }
  });

  it('grows chapters to --chapter-kb with more sections of the same kinds, columns, interviews and ruby', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lcwp-corpus-'));
    dirs.push(dir);
    const summary = await writeCorpus(dir, { editions: 1, chaptersPerEdition: 3, chapterKb: 13 }, 1);
    const { problems } = await checkContentDir(dir);
    expect(problems).toEqual([]);
    let bytes = 0;
    for (const path of summary.chapterPaths) {
      const source = await readFile(join(dir, 'editions', `${path.slice(1, -1)}.mdx`), 'utf8');
      bytes += Buffer.byteLength(source);
      const body = source.slice(source.indexOf('---', 3) + 3);
      expect(Buffer.byteLength(body)).toBeGreaterThanOrEqual(13 * 1024);
      expect(Buffer.byteLength(body)).toBeLessThan(17 * 1024);
      for (const part of [
        /《[ぁ-ん]+》/,
        /^<Column title=/m,
        /^<Interview>/m,
        /^\| --- \| --- \| --- \| --- \|$/m,
        /^\[\^5\]: /m,
      ]) {
        expect(source).toMatch(part);
      }
    }
    expect(summary.chapterBytes).toBe(bytes);
  });

  it('gives each edition a cover image that its front matter points to', async () => {
    const { dir } = await corpus(1);
    const { content } = await checkContentDir(dir);
    for (const edition of content.editions) {
      expect(edition.cover).toBe('./images/cover.png');
      const meta = await sharp(join(dir, 'editions', String(edition.year), 'images', 'cover.png')).metadata();
      expect(meta.format).toBe('png');
      expect(meta.height! / meta.width!).toBeCloseTo(4 / 3, 1);
    }
  });

  it('is the same byte for byte for the same seed, and differs for another', async () => {
    const [a, b, c] = await Promise.all([corpus(7), corpus(7), corpus(8)]);
    expect(await fingerprint(a.dir)).toEqual(await fingerprint(b.dir));
    expect(await fingerprint(c.dir)).not.toEqual(await fingerprint(a.dir));
  });

  it('draws numbers in [0, 1) from a seeded generator', () => {
    const [a, b] = [prng(42), prng(42)];
    const draws = Array.from({ length: 1000 }, () => a());
    expect(draws).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
    expect(new Set(draws.map((x) => Math.floor(x * 10))).size).toBe(10);
  });
});
