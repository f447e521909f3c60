/**
 * 200 seeded mistakes in the real chapters through the gate every build path starts with (the
 * content check): each is reported as an error, naming the chapter and the line or field, so the
 * build shows the check's list for it rather than a later step's stack trace.
 * (A seeded sample of them goes through `npm run build` in tests/scripts/build-content-faults.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContentDir } from '../../../scripts/content-check/files.ts';
import { isError } from '../../../src/lib/content-check/problems.ts';
import { MUTATION_KINDS, mutations } from '../../helpers/content-mutations.ts';
import { tempCorpus } from '../../helpers/temp-corpus.ts';

describe('200 seeded mutations of real chapters through check:content', () => {
  it('each is an error naming the chapter and where in it', async () => {
    const dir = tempCorpus('content');
    expect((await checkContentDir(dir)).problems.filter(isError)).toEqual([]);
    const missed: string[] = [];
    const drawn = mutations(200, 27);
    // A kind that no longer fits the content (say, after its front matter changed style) must not drop out unseen.
    expect(new Set(drawn.map((m) => m.kind))).toEqual(new Set(MUTATION_KINDS()));
    for (const mutation of drawn) {
      const path = join(dir, mutation.file);
      const original = readFileSync(path, 'utf8');
      writeFileSync(path, mutation.text);
      const errors = (await checkContentDir(dir)).problems.filter(isError);
      writeFileSync(path, original);
      const named = errors.some(
        ({ file, field }) =>
          file.endsWith(mutation.file) &&
          (typeof mutation.field === 'string' ? field.startsWith(mutation.field) : mutation.field.test(field)),
      );
      if (!named)
        missed.push(`${mutation.kind} in ${mutation.file} (${String(mutation.field)}): ${JSON.stringify(errors)}`);
    }
    expect(missed).toEqual([]);
  }, 300_000);
});
