import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContentDir } from '../../../scripts/content-check/files.ts';
import {
  chapterScaffold,
  editionScaffold,
  newChapter,
  newEdition,
  newPress,
  nextOrder,
  pressScaffold,
  ScaffoldError,
} from '../../../scripts/lib/scaffold.ts';
import { isError, type Problem } from '../../../src/lib/content-check/problems.ts';
import { pressSchema } from '../../../src/schemas/press.ts';
import { chapterSchema } from '../../../src/schemas/chapter.ts';
import { editionSchema } from '../../../src/schemas/edition.ts';
import { edit, tempCorpus } from '../../helpers/temp-corpus.ts';

const fieldsOf = (text: string) => [...text.matchAll(/^#? ?([a-z_]+):/gm)].map((m) => m[1]);

/** Lines of the front matter: each field must have a Japanese comment line just above it. */
function commentedFields(text: string): string[] {
  const lines = text.split('\n');
  return lines.flatMap((line, i) => {
    const field = /^(?:# )?([a-z_]+):/.exec(line)?.[1];
    return field && /^# .*[\u3040-\u30ff\u4e00-\u9fff]/.test(lines[i - 1] ?? '') ? [field] : [];
  });
}

describe('new:edition, new:chapter and new:press scaffolds', () => {
  it('write every front-matter field of the schemas, each with a Japanese note', () => {
    const edition = editionScaffold(2022);
    expect(new Set(fieldsOf(edition))).toEqual(new Set(Object.keys(editionSchema.shape)));
    expect(commentedFields(edition).sort()).toEqual(Object.keys(editionSchema.shape).sort());
    const chapter = chapterScaffold(3, false);
    expect(new Set(fieldsOf(chapter))).toEqual(new Set(Object.keys(chapterSchema.shape)));
    expect(commentedFields(chapter).sort()).toEqual(Object.keys(chapterSchema.shape).sort());
    const press = pressScaffold('2022-07-08');
    expect(new Set(fieldsOf(press))).toEqual(new Set(Object.keys(pressSchema.shape)));
    expect(commentedFields(press).sort()).toEqual(Object.keys(pressSchema.shape).sort());
  });

  it('scaffold drafts that pass check:content, each 【要記入】 a warning, and an error once published', async () => {
    const dir = tempCorpus();
    const { file } = await newEdition(dir, '2093');
    expect(readFileSync(file, 'utf8')).toMatch(/^status: draft$/m);
    await newChapter(dir, '2093', 'first-steps');
    await newPress(dir, '2093-01-05', 'launch');
    const edition = 'editions/2093/index.mdx';
    const chapter = 'editions/2093/first-steps.mdx';
    const release = 'press/2093-01-05-launch.mdx';
    const fieldsAt = (problems: Problem[], f: string) =>
      problems.filter((p) => p.file.endsWith(f)).map((p) => p.field.replace(/^\d+行目 /, ''));

    const drafts = (await checkContentDir(dir)).problems;
    expect(drafts.filter(isError)).toEqual([]);
    expect(fieldsAt(drafts, edition)).toEqual(['title', 'published', 'format', 'summary', 'label', 'url', '本文']);
    expect(fieldsAt(drafts, chapter)).toEqual(['title', 'kind', 'summary', '本文', 'questions']);
    expect(fieldsAt(drafts, release)).toEqual(['title', 'issuer', 'source', 'summary', '本文']);
    // Each warning says where (the line) and what to write there, from the scaffold's own words.
    const title = drafts.find((p) => p.file.endsWith(chapter) && p.field.endsWith('title'))!;
    expect(title.field).toBe('3行目 title');
    expect(title.message).toMatch(/【要記入】が残っています: 章の題名。.*下書きのあいだは警告/);

    // Published, every one of them stops the check (and so the build).
    edit(dir, edition, 'status: draft', 'status: published');
    edit(dir, release, 'draft: true', 'draft: false');
    const published = (await checkContentDir(dir)).problems;
    expect(published.filter((p) => !isError(p))).toEqual([]);
    expect(published.map((p) => p.file.replace(/^.*content\//, '') + ' › ' + p.field.replace(/^\d+行目 /, ''))).toEqual(
      drafts.map((p) => p.file.replace(/^.*content\//, '') + ' › ' + p.field.replace(/^\d+行目 /, '')),
    );
    expect(published.find((p) => p.file.endsWith(chapter) && p.field.endsWith('title'))!.message).toContain(
      '公開する内容には残せません',
    );

    // Filled in, nothing is left.
    edit(dir, edition, /^title: .*$/m, 'title: テスト白書2093');
    edit(dir, edition, /^published: .*$/m, 'published: 2093-06-10');
    edit(dir, edition, /^format: .*$/m, 'format: 冊子');
    edit(dir, edition, /^summary: .*$/m, 'summary: 架空の版。');
    edit(dir, edition, /label: .*$/m, 'label: 原本');
    edit(dir, edition, /url: .*$/m, 'url: https://example.test/2093');
    edit(dir, edition, /^\{\/\* 【要記入】.*$/m, '架空の版の説明。');
    edit(dir, chapter, /^title: .*$/m, 'title: 最初の章');
    edit(dir, chapter, /^kind: .*$/m, 'kind: commentary');
    edit(dir, chapter, /^summary: .*$/m, 'summary: 架空の章。');
    edit(dir, chapter, /^\{\/\* 【要記入】.*$/m, '本文。');
    edit(dir, chapter, 'questions: []', 'questions: [fixture-question]');
    edit(dir, release, /^title: .*$/m, 'title: 架空のリリース');
    edit(dir, release, /^issuer: .*$/m, 'issuer: テスト機構');
    edit(dir, release, /^source: .*$/m, 'source: https://example.test/press/2093');
    edit(dir, release, /^summary: .*$/m, 'summary: 架空のリリース。');
    edit(dir, release, /^\{\/\* 【要記入】.*$/m, '本文。');
    expect((await checkContentDir(dir)).problems).toEqual([]);
  });

  it('scaffold on a copy of the real content too: only warnings, in the new files only', async () => {
    const dir = tempCorpus('content');
    await newEdition(dir, '2031');
    await newChapter(dir, '2031', 'kenshou-chapter');
    await newChapter(dir, '2021', 'later-addition');
    await newPress(dir, '2031-06-10', 'new-edition');
    const { problems } = await checkContentDir(dir);
    expect(problems.filter(isError)).toEqual([]);
    const files = new Set(problems.map((p) => p.file.replace(/^.*content\//, '')));
    expect([...files].sort()).toEqual([
      'editions/2021/later-addition.mdx',
      'editions/2031/index.mdx',
      'editions/2031/kenshou-chapter.mdx',
      'press/2031-06-10-new-edition.mdx',
    ]);
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
    await expect(newPress(dir, '2091-06-10', 'launch')).rejects.toThrow(/launch\.md はもうあります/);
    for (const date of ['2022-02-30', '2022-7-8', '2022-07', 'today', undefined]) {
      await expect(newPress(dir, date, 'x')).rejects.toThrow(/年-月-日/);
    }
    await expect(newPress(dir, '2022-07-08', 'Living Lab')).rejects.toThrow(/npm run new:press/);
  });

  it('run from npm: print the next steps, or the mistake and exit 1', () => {
    const dir = tempCorpus();
    const env = { ...process.env, CONTENT_DIR: dir };
    const ok = execFileSync(process.execPath, ['scripts/new-edition.ts', '2094'], { env, encoding: 'utf8' });
    expect(ok).toContain('index.mdx を作りました。次にすること:');
    expect(ok).toContain('npm run new:chapter -- 2094');
    expect(ok).toContain('docs/publishing.md の「新しい版を公開する」');
    const again = spawnSync(process.execPath, ['scripts/new-edition.ts', '2094'], { env, encoding: 'utf8' });
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('上書きはしません');
    const bad = spawnSync(process.execPath, ['scripts/new-chapter.ts', '2094', 'Bad Slug'], { env, encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('半角英小文字');
    const press = execFileSync(process.execPath, ['scripts/new-press.ts', '2094-07-08', 'launch'], {
      env,
      encoding: 'utf8',
    });
    expect(press).toContain('2094-07-08-launch.mdx を作りました。次にすること:');
    expect(readFileSync(join(dir, 'press/2094-07-08-launch.mdx'), 'utf8')).toMatch(/^draft: true$/m);
  }, 30_000); // child processes: slow on a busy machine
});
