import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContentDir } from '../../scripts/lib/content-files.ts';
import {
  chapterScaffold,
  editionScaffold,
  newChapter,
  newEdition,
  nextOrder,
  ScaffoldError,
} from '../../scripts/lib/scaffold.ts';
import { chapterSchema } from '../../src/schemas/chapter.ts';
import { editionSchema } from '../../src/schemas/edition.ts';
import { edit, tempCorpus } from './temp-corpus.ts';

const fieldsOf = (text: string) => [...text.matchAll(/^#? ?([a-z_]+):/gm)].map((m) => m[1]);

/** Lines of the front matter: each field must have a Japanese comment line just above it. */
function commentedFields(text: string): string[] {
  const lines = text.split('\n');
  return lines.flatMap((line, i) => {
    const field = /^(?:# )?([a-z_]+):/.exec(line)?.[1];
    return field && /^# .*[\u3040-\u30ff\u4e00-\u9fff]/.test(lines[i - 1] ?? '') ? [field] : [];
  });
}

describe('new:edition and new:chapter scaffolds', () => {
  it('write every front-matter field of the schemas, each with a Japanese note', () => {
    const edition = editionScaffold(2022);
    expect(new Set(fieldsOf(edition))).toEqual(new Set(Object.keys(editionSchema.shape)));
    expect(commentedFields(edition).sort()).toEqual(Object.keys(editionSchema.shape).sort());
    const chapter = chapterScaffold(3, false);
    expect(new Set(fieldsOf(chapter))).toEqual(new Set(Object.keys(chapterSchema.shape)));
    expect(commentedFields(chapter).sort()).toEqual(Object.keys(chapterSchema.shape).sort());
  });

  it('scaffold a draft edition that check:content rejects, naming each field to fill, until it is filled', async () => {
    const dir = tempCorpus();
    const { file } = await newEdition(dir, '2093');
    expect(readFileSync(file, 'utf8')).toMatch(/^status: draft$/m);
    await newChapter(dir, '2093', 'first-steps');
    const unfilled = await checkContentDir(dir);
    const edition = 'editions/2093/index.mdx';
    const chapter = 'editions/2093/first-steps.mdx';
    const at = (f: string) => unfilled.problems.filter((p) => p.file.endsWith(f)).map((p) => p.field);
    expect(at(edition).sort()).toEqual(['format', 'published', 'sources.0.label', 'sources.0.url', 'summary', 'title']);
    expect(at(chapter).sort()).toEqual(['kind', 'summary', 'title']);
    expect(unfilled.problems.every((p) => /書いて|してください/.test(p.message))).toBe(true);

    edit(dir, edition, 'title: ""', 'title: テスト白書2093');
    edit(dir, edition, 'published: ""', 'published: 2093-06-10');
    edit(dir, edition, 'format: ""', 'format: 冊子');
    edit(dir, edition, 'summary: ""', 'summary: 架空の版。');
    edit(dir, edition, 'label: ""', 'label: 原本');
    edit(dir, edition, 'url: ""', 'url: https://example.test/2093');
    edit(dir, chapter, 'title: ""', 'title: 最初の章');
    edit(dir, chapter, 'kind: ""', 'kind: commentary');
    edit(dir, chapter, 'summary: ""', 'summary: 架空の章。');
    // Both topic lists empty is the one rule left: the check says to name a 問い or a 兆し.
    expect((await checkContentDir(dir)).problems).toEqual([
      expect.objectContaining({
        file: expect.stringContaining(chapter),
        field: 'questions',
        message: expect.stringContaining('signs'),
      }),
    ]);
    edit(dir, chapter, 'questions: []', 'questions: [fixture-question]');
    expect((await checkContentDir(dir)).problems).toEqual([]);
  });

  it('give a new chapter the next free order, as a draft only in a published edition', async () => {
    const dir = tempCorpus();
    const inPublished = await newChapter(dir, '2091', 'later');
    const text = readFileSync(inPublished.file, 'utf8');
    expect(text).toMatch(/^order: 3$/m);
    expect(text).toMatch(/^draft: true$/m);
    expect(inPublished.next.join('\n')).toContain('draft: false');
    const inDraft = readFileSync((await newChapter(dir, '2092', 'second')).file, 'utf8');
    expect(inDraft).toMatch(/^order: 2$/m);
    expect(inDraft).toMatch(/^draft: false$/m);
    expect(nextOrder([])).toBe(1);
    expect(nextOrder([0, 7, 2])).toBe(8);
  });

  it('refuse to overwrite, and reject a bad year, a bad slug or a missing edition with a clear message', async () => {
    const dir = tempCorpus();
    const index = join(dir, 'editions/2091/index.md');
    const before = readFileSync(index, 'utf8');
    await expect(newEdition(dir, '2091')).rejects.toThrow(/はもうあります。上書きはしません/);
    await expect(newChapter(dir, '2091', 'opening')).rejects.toThrow(/opening\.md はもうあります/);
    expect(readFileSync(index, 'utf8')).toBe(before);
    for (const year of ['22', '20222', 'abcd', '1999', undefined]) {
      await expect(newEdition(dir, year)).rejects.toThrow(/西暦4桁/);
    }
    for (const slug of ['Intro', '日本語', 'a_b', 'index', '-x', undefined]) {
      await expect(newChapter(dir, '2091', slug)).rejects.toThrow(ScaffoldError);
    }
    await expect(newChapter(dir, '2099', 'x')).rejects.toThrow(/npm run new:edition -- 2099/);
    expect(existsSync(join(dir, 'editions/2099'))).toBe(false);
  });

  it('run from npm: print the next steps, or the mistake and exit 1', () => {
    const dir = tempCorpus();
    const env = { ...process.env, CONTENT_DIR: dir };
    const ok = execFileSync(process.execPath, ['scripts/new-edition.ts', '2094'], { env, encoding: 'utf8' });
    expect(ok).toContain('index.mdx を作りました。次にすること:');
    expect(ok).toContain('npm run new:chapter -- 2094');
    const again = spawnSync(process.execPath, ['scripts/new-edition.ts', '2094'], { env, encoding: 'utf8' });
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('上書きはしません');
    const bad = spawnSync(process.execPath, ['scripts/new-chapter.ts', '2094', 'Bad Slug'], { env, encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('半角英小文字');
  }, 30_000); // child processes: slow on a busy machine
});
