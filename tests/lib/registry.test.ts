import { describe, expect, it } from 'vitest';
import { lookup } from '../../src/lib/registry.ts';

describe('lookup', () => {
  it('returns entries in the order of the ids and skips unknown ids', () => {
    const registry = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    expect(lookup(registry, ['c', 'x', 'a']).map((e) => e.id)).toEqual(['c', 'a']);
  });
});

describe('lookup on a registry it has seen before', () => {
  it('answers from the same entries, for every id, call after call', () => {
    const registry = Array.from({ length: 50 }, (_, i) => ({ id: `e${i}`, n: i }));
    for (let round = 0; round < 3; round++) {
      const ids = [`e${49 - round}`, 'missing', `e${round}`];
      expect(lookup(registry, ids)).toEqual([registry[49 - round], registry[round]]);
    }
    // Another array with the same ids is indexed on its own.
    const other = registry.map((e) => ({ ...e, n: -e.n }));
    expect(lookup(other, ['e3'])).toEqual([{ id: 'e3', n: -3 }]);
  });
});
