import { describe, expect, it } from 'vitest';
import { lookup } from '../../src/lib/registry.ts';

describe('lookup', () => {
  it('returns entries in the order of the ids and skips unknown ids', () => {
    const registry = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    expect(lookup(registry, ['c', 'x', 'a']).map((e) => e.id)).toEqual(['c', 'a']);
  });
});
