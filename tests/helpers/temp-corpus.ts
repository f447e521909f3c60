/** A throwaway copy of the fixture corpus (tests/fixtures/corpus) for tests that write or break files. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const FIXTURE_CORPUS = 'tests/fixtures/corpus';

/** A copy of the fixture corpus, or of another content folder (e.g. the real content/). */
export function tempCorpus(from = FIXTURE_CORPUS): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'lcwp-corpus-')), 'content');
  cpSync(from, dir, { recursive: true });
  return dir;
}

/** Replaces text in a file of the corpus, failing loudly if the text is not there. */
export function edit(dir: string, file: string, from: string | RegExp, to: string): void {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`${from} not found in ${path}`);
  writeFileSync(path, changed);
}
