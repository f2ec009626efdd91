import { describe, expect, it } from 'vitest';
import { IdTable } from '../../src/model/idTable';

describe('IdTable', () => {
  it('reports the first index of a repeated key and accepts new ones', () => {
    const keys = ['a', 'b', 'a', 'c', 'b', 'ab', 'ba'];
    const table = new IdTable(keys.length, (i) => keys[i]);
    expect(keys.map((k, i) => table.add(i, k))).toEqual([-1, -1, 0, -1, 1, -1, -1]);
  });

  it('tells thousands of similar keys apart', () => {
    const keys = Array.from({ length: 5000 }, (_, i) => `ev-${String(i).padStart(7, '0')}`);
    const table = new IdTable(keys.length * 2, (i) => keys[i % keys.length]);
    expect(keys.every((k, i) => table.add(i, k) === -1)).toBe(true);
    expect(keys.map((k, i) => table.add(i + keys.length, k)).every((first, i) => first === i)).toBe(true);
  });
});
