import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Built from parts so that this file does not name the path it looks for.
const OUTSIDE = ['..', 'shared'].join('/');

describe('the repository', () => {
  it('points to nothing outside itself: no file names the working notes beside the clone', () => {
    const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' })
      .split('\n')
      .filter((f) => f && !/\.(png|jpe?g|webp|gif|ico|woff2?|pdf)$/.test(f));
    const naming = files.filter((f) => {
      try {
        return readFileSync(f, 'utf8').includes(OUTSIDE);
      } catch {
        return false; // listed but deleted in the working tree
      }
    });
    expect(naming).toEqual([]);
  });
});
