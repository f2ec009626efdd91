import { describe, expect, it } from 'vitest';
import { buildHashTable, invertOrder, lookupPacked, packStringLists } from '../../src/model/packedText';

const strings = ['', 'plain', 'Hīt', 'Ḥawija', 'قاعدة عين الأسد', 'flag 🇮🇶 emoji', 'lone \ud800 surrogate', 'a'.repeat(300)];

describe('packStringLists', () => {
  it('writes exactly the bytes TextEncoder writes, one list after another in one buffer', () => {
    const [a, b] = packStringLists([
      { count: strings.length, get: (i) => strings[i] },
      { count: 2, get: (i) => ['second', 'list'][i] },
    ]);
    expect(a.bytes).toBe(b.bytes);
    const decoder = new TextDecoder();
    const encoder = new TextEncoder();
    strings.forEach((s, i) => {
      const bytes = a.bytes.subarray(a.offsets[i], a.offsets[i + 1]);
      expect(Array.from(bytes)).toEqual(Array.from(encoder.encode(s)));
      expect(decoder.decode(bytes)).toBe(decoder.decode(encoder.encode(s)));
    });
    expect(decoder.decode(b.bytes.subarray(b.offsets[1], b.offsets[2]))).toBe('list');
  });
});

describe('the id hash table', () => {
  it('finds the row of every key when strings are packed in another order, and nothing for a missing key', () => {
    const ids = Array.from({ length: 5000 }, (_, i) => `ev-${i}-${i % 7 === 0 ? 'ü' : ''}`);
    const [packed] = packStringLists([{ count: ids.length, get: (i) => ids[i] }]);
    // Rows rotated against strings (not its own inverse): row r holds string r + 1.
    const n = ids.length;
    const stringOf = Uint32Array.from(ids, (_, row) => (row + 1) % n);
    const table = buildHashTable(packed, invertOrder(stringOf));
    const encoder = new TextEncoder();
    ids.forEach((id, k) => expect(lookupPacked(table, packed, stringOf, encoder.encode(id))).toBe((k - 1 + n) % n));
    expect(lookupPacked(table, packed, stringOf, encoder.encode('ev-5000-'))).toBe(-1);
    expect(lookupPacked(table, packed, stringOf, encoder.encode('ev-1'))).toBe(-1);
  });
});
