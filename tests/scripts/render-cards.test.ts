/**
 * The card cache and the step that fills it alongside a build (scripts/render-cards.ts): the step
 * draws exactly the cards the pages point to and lists each with its file for the build, and
 * renderCard (the /og/ route's, in `astro dev`) then reads every one from the cache instead of
 * drawing it; a changed title is a new card.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { readCardList } from '../../scripts/lib/card-files.ts';
import { checkContentDir } from '../../scripts/content-check/files.ts';
import { socialCards } from '../../src/og/cards.ts';
import { sortChapters } from '../../src/lib/chapters.ts';
import { accentFor, newestFirst } from '../../src/lib/editions.ts';
import { FIXTURE_CORPUS } from '../helpers/temp-corpus.ts';

const cacheRoot = mkdtempSync(join(tmpdir(), 'lcwp-cards-'));
const before = process.env.CARD_CACHE_DIR;
afterAll(() => {
  rmSync(cacheRoot, { recursive: true, force: true });
  if (before === undefined) delete process.env.CARD_CACHE_DIR;
  else process.env.CARD_CACHE_DIR = before;
});
const cacheDir = join(cacheRoot, 'lcwp-og');
const cached = () => readdirSync(cacheDir).sort();

describe('scripts/render-cards.ts and the card cache', () => {
  it(
    'draws the published cards into the cache, and renderCard then reads each of them from it',
    { timeout: 60_000 },
    async () => {
      const list = join(cacheRoot, 'cards.json');
      execFileSync(process.execPath, ['scripts/render-cards.ts', FIXTURE_CORPUS, list], {
        env: { ...process.env, CARD_CACHE_DIR: cacheDir, PREVIEW_DRAFTS: '' },
        stdio: 'pipe',
      });
      const { content } = await checkContentDir(FIXTURE_CORPUS);
      const editions = newestFirst(
        content.editions
          .filter((e) => e.status === 'published')
          .map((e) => ({ year: e.year, title: e.title, accent: accentFor(e.year, e.accent) })),
      );
      const years = new Set(editions.map((e) => e.year));
      const cards = socialCards(editions, sortChapters(content.chapters.filter((c) => !c.draft && years.has(c.year))));
      const distinct = new Set(cards.map((c) => JSON.stringify(c.input)));
      const files = cached();
      expect(files).toHaveLength(distinct.size);
      expect(files.every((f) => /^[0-9a-f]{24}\.png$/.test(f))).toBe(true);
      const listed = (await readCardList(list))!;
      expect(listed.map((c) => c.key)).toEqual(cards.map((c) => c.key));
      expect(new Set(listed.map((c) => basename(c.file)))).toEqual(new Set(files));

      // The module reads the cache folder when it loads, as in a build.
      process.env.CARD_CACHE_DIR = cacheDir;
      const { renderCard } = await import('../../src/og/render-card.ts');
      const contents = new Set(files.map((f) => readFileSync(join(cacheDir, f)).toString('base64')));
      for (const card of cards) expect(contents.has((await renderCard(card.input)).toString('base64'))).toBe(true);
      expect(cached()).toEqual(files);

      const renamed = await renderCard({ ...cards[cards.length - 1].input, title: '新しい題名' });
      expect(cached()).toHaveLength(files.length + 1);
      expect(await sharp(renamed).metadata()).toMatchObject({ width: 1200, height: 630, format: 'png' });
    },
  );
});
