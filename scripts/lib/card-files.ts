/**
 * The social cards of a build as files: the list scripts/render-cards.ts writes, and putting the
 * cards into the output, where the pages' og:image points (/og/<key>.png).
 */
import { copyFile, link, mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { mapConcurrently } from '../../src/lib/map-concurrently.ts';

export interface CardFile {
  /** The image's path under /og/ without `.png`: `site`, `2021`, `2021/<slug>` (src/og/cards.ts). */
  key: string;
  /** The drawn card in the card cache, an absolute path. */
  file: string;
}

/** The list a card step wrote, or undefined when it wrote none or not all of it. */
export async function readCardList(path: string): Promise<CardFile[] | undefined> {
  try {
    const list: unknown = JSON.parse(await readFile(path, 'utf8'));
    const valid =
      Array.isArray(list) &&
      list.every((c) => typeof c?.key === 'string' && typeof c?.file === 'string' && /^[\w/-]+$/.test(c.key));
    return valid ? (list as CardFile[]) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Puts each card at og/<key>.png in `siteDir`: a hard link to the cached file (the cache replaces a
 * card by renaming a new file over it, so the link keeps the card this build drew), or a copy where
 * the cache is on another file system.
 */
export async function installCards(siteDir: string, cards: readonly CardFile[]): Promise<void> {
  const targets = cards.map(({ key }) => join(siteDir, 'og', `${key}.png`));
  for (const folder of new Set(targets.map((target) => dirname(target)))) await mkdir(folder, { recursive: true });
  await mapConcurrently(cards, 32, async ({ file }, n) => {
    try {
      await link(file, targets[n]);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV' && (error as NodeJS.ErrnoException).code !== 'EPERM')
        throw error;
      await copyFile(file, targets[n]);
    }
  });
}
