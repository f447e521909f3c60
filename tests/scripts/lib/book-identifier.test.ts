import { describe, expect, it } from 'vitest';
import { bookIdentifier, uuidV5 } from '../../../scripts/lib/book-identifier.ts';

describe('uuidV5', () => {
  it('gives the name-based UUIDs other implementations give (Python uuid.uuid5)', () => {
    // uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org') and uuid.uuid5(uuid.NAMESPACE_URL, 'https://example.com/').
    expect(uuidV5('python.org', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
    expect(uuidV5('https://example.com/', '6ba7b811-9dad-11d1-80b4-00c04fd430c8')).toBe(
      'dd2c1780-811a-5296-81c5-178a0ef488bc',
    );
  });
});

describe('bookIdentifier', () => {
  it('names each edition by the same urn:uuid in every build, and no two editions alike', () => {
    const years = Array.from({ length: 40 }, (_, i) => 2019 + i);
    const ids = years.map(bookIdentifier);
    expect(years.map(bookIdentifier)).toEqual(ids);
    expect(new Set(ids).size).toBe(years.length);
    for (const id of ids)
      expect(id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
