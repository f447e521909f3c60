import { describe, expect, it } from 'vitest';
import { logTail } from '../../../scripts/lib/log-tail.ts';

/** What the build kept before: the whole log cut back to the limit after every chunk. */
function cutEveryTime(chunks: string[], limit: number): string {
  let log = '';
  for (const chunk of chunks) log = (log + chunk).slice(-limit);
  return log;
}

describe('logTail', () => {
  it('keeps the last characters written, as cutting the whole log after every chunk did (seeded chunks)', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (const limit of [1, 10, 100, 1000]) {
      const tail = logTail(limit);
      const chunks: string[] = [];
      for (let i = 0; i < 500; i++) {
        const chunk = `${i}:${'├─ /2021/章/index.html '.repeat(Math.floor(random() * 20))}\n`;
        chunks.push(chunk);
        tail.add(Buffer.from(chunk));
        if (i % 37 === 0) expect(tail.text()).toBe(cutEveryTime(chunks, limit));
      }
      expect(tail.text()).toBe(cutEveryTime(chunks, limit));
    }
  });

  it('gives the whole log while it is under the limit', () => {
    const tail = logTail(100);
    tail.add('a');
    tail.add(Buffer.from('b\n'));
    expect(tail.text()).toBe('ab\n');
  });
});
