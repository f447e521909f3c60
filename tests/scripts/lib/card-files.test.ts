/** The list of a build's cards (scripts/lib/card-files.ts): read only when whole and safe, and installed as links. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { installCards, readCardList } from '../../../scripts/lib/card-files.ts';

mkdirSync('.tmp', { recursive: true });
const root = resolve(mkdtempSync(join('.tmp', 'card-files-')));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('readCardList', () => {
  const write = (name: string, text: string) => {
    writeFileSync(join(root, name), text);
    return join(root, name);
  };

  it('reads the list a card step wrote', async () => {
    const cards = [
      { key: 'site', file: '/cache/a.png' },
      { key: '2021/local-work', file: '/cache/b.png' },
    ];
    expect(await readCardList(write('whole.json', JSON.stringify(cards)))).toEqual(cards);
  });

  it('gives nothing for a missing, cut-off or malformed list, or a key that would leave og/', async () => {
    expect(await readCardList(join(root, 'none.json'))).toBeUndefined();
    expect(await readCardList(write('cut.json', '[{"key":"site","file":"/c'))).toBeUndefined();
    expect(await readCardList(write('object.json', '{"key":"site"}'))).toBeUndefined();
    expect(await readCardList(write('nofile.json', '[{"key":"site"}]'))).toBeUndefined();
    expect(await readCardList(write('escape.json', '[{"key":"../index","file":"/c/a.png"}]'))).toBeUndefined();
  });
});

describe('installCards', () => {
  it('puts each card at og/<key>.png as a link to the cached file, two keys may share one', async () => {
    const cache = join(root, 'cache');
    mkdirSync(cache, { recursive: true });
    writeFileSync(join(cache, 'a.png'), 'card a');
    writeFileSync(join(cache, 'b.png'), 'card b');
    const site = join(root, 'site');
    await installCards(site, [
      { key: 'site', file: join(cache, 'a.png') },
      { key: '2021', file: join(cache, 'a.png') },
      { key: '2021/local-work', file: join(cache, 'b.png') },
    ]);
    expect(readFileSync(join(site, 'og', 'site.png'), 'utf8')).toBe('card a');
    expect(readFileSync(join(site, 'og', '2021', 'local-work.png'), 'utf8')).toBe('card b');
    expect(statSync(join(site, 'og', '2021.png')).ino).toBe(statSync(join(cache, 'a.png')).ino);
  });

  it('fails when a card is missing from the cache, instead of publishing a page without its card', async () => {
    await expect(
      installCards(join(root, 'site-2'), [{ key: 'site', file: join(root, 'nowhere.png') }]),
    ).rejects.toThrow(/ENOENT/);
  });
});
