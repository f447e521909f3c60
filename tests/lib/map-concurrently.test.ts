import { describe, expect, it } from 'vitest';
import { mapConcurrently } from '../../src/lib/map-concurrently.ts';

/** A deterministic generator of delays, so that items finish out of order. */
function seeded(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state % 5;
  };
}

describe('mapConcurrently', () => {
  it('keeps the order of the items whatever order the work finishes in', async () => {
    const delay = seeded(3);
    const items = Array.from({ length: 200 }, (_, i) => i);
    const results = await mapConcurrently(items, 7, async (n, i) => {
      await new Promise((done) => setTimeout(done, delay()));
      return `${n}:${i}`;
    });
    expect(results).toEqual(items.map((n) => `${n}:${n}`));
  });

  it('never has more than the limit in flight, and uses the limit', async () => {
    for (const limit of [1, 3, 16]) {
      let inFlight = 0;
      let most = 0;
      await mapConcurrently(Array.from({ length: 50 }), limit, async () => {
        most = Math.max(most, ++inFlight);
        await new Promise((done) => setTimeout(done, 1));
        inFlight -= 1;
      });
      expect(most).toBe(limit);
    }
  });

  it('handles no items and fewer items than the limit', async () => {
    expect(await mapConcurrently([], 4, async (x) => x)).toEqual([]);
    expect(await mapConcurrently(['a', 'b'], 8, async (x) => x.toUpperCase())).toEqual(['A', 'B']);
  });

  it('rejects with the first failure', async () => {
    await expect(
      mapConcurrently([1, 2, 3], 2, async (n) => {
        if (n === 2) throw new Error('page 2 could not be read');
        return n;
      }),
    ).rejects.toThrow('page 2 could not be read');
  });

  it('refuses a limit below one', async () => {
    await expect(mapConcurrently([1], 0, async (n) => n)).rejects.toThrow(RangeError);
  });
});
