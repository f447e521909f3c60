/**
 * A failed book step (scripts/build-books.ts) told as an editor needs it: Astro's message without
 * its stack trace, and the content file whose page stopped the books' own Astro build.
 */
import { relative } from 'node:path';

/** A failure of the book step; `log` is what the books' own Astro build printed, held back until now. */
export class BooksFailed extends Error {
  readonly log: string;
  constructor(message: string, log = '') {
    super(message);
    this.log = log;
  }
}

/**
 * What to print when the books failed and the content check found nothing: Astro's message and hint,
 * the file behind the failed page and what in it would fail (the MDX checks of check:content).
 */
export async function describeBooksFailure(error: unknown, contentDir: string): Promise<string> {
  if (!(error instanceof BooksFailed)) return error instanceof Error ? error.message : String(error);
  // Only a failed build needs these (they load the MDX compiler).
  const { sourceOfStack, withoutStack } = await import('./render-failure.ts');
  const { checkMdxFile } = await import('../content-check/files.ts');
  const { formatProblems } = await import('../../src/lib/content-check/problems.ts');
  const lines = [withoutStack(error.log), error.message].filter(Boolean);
  const source = sourceOfStack(error.log, contentDir);
  if (source) {
    const problems = source.endsWith('.mdx') ? await checkMdxFile(source) : [];
    lines.push(
      `本（PDF・EPUB）を作るときに止まったのは ${relative(process.cwd(), source)} の内容です。` +
        (problems.length ? `\n${formatProblems(problems)}` : ''),
    );
  }
  return lines.join('\n');
}
