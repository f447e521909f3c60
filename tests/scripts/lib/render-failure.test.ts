import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { sourceOfStack, withoutStack } from '../../../scripts/lib/render-failure.ts';

/** A content folder with one chapter, and a chunk as Vite bundles it: each module after a `// path` line. */
function chunkFor() {
  const root = mkdtempSync(join(tmpdir(), 'lcwp-chunk-'));
  const chapter = join(root, 'content', 'editions', '2021', 'intro.mdx');
  mkdirSync(join(root, 'content', 'editions', '2021'), { recursive: true });
  writeFileSync(chapter, '本文\n');
  const chunk = join(root, 'chunks', 'chapters-2021_x.mjs');
  mkdirSync(join(root, 'chunks'));
  writeFileSync(
    chunk,
    [
      '// src/lib/ruby.ts',
      'const a = 1;',
      `// ${relative(process.cwd(), chapter)}`,
      'function f() {',
      '  x;',
      '}',
    ].join('\n'),
  );
  return { root, chapter, chunk };
}

describe('sourceOfStack', () => {
  it('names the content module the first frame of the stack is in', () => {
    const { root, chapter, chunk } = chunkFor();
    const log = `x is not defined\n  Stack trace:\n    at f (file://${chunk}:5:3)\n    at g (file://${chunk}:2:1)\n`;
    expect(sourceOfStack(log, join(root, 'content'))).toBe(chapter);
  });

  it('names nothing for code outside the content folder or a log without a frame', () => {
    const { root, chunk } = chunkFor();
    expect(sourceOfStack(`    at f (file://${chunk}:2:1)`, join(root, 'content'))).toBeUndefined();
    expect(sourceOfStack('Error: something', join(root, 'content'))).toBeUndefined();
  });
});

describe('withoutStack', () => {
  it('keeps the message and hint, drops the frames', () => {
    const log = 'x is not defined\n  Hint:\n    Look.\n  Stack trace:\n    at f (file:///a.mjs:1:1)\n';
    expect(withoutStack(log)).toBe('x is not defined\n  Hint:\n    Look.');
  });
});
