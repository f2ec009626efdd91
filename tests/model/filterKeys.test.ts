import { describe, expect, it } from 'vitest';
import type { EventColumns } from '../../src/model/eventColumns';
import { countsOfKeys, filterKeysOf, passingKeys, tallyAndMaskKeys } from '../../src/model/filterKeys';

/** Columns of rows with these actor lists and categories (dates: row i is day i). */
function columnsOf(rows: { actors: number[]; category: number }[]): EventColumns {
  const count = rows.length;
  const actorOffsets = new Uint32Array(count + 1);
  rows.forEach((r, i) => (actorOffsets[i + 1] = actorOffsets[i] + r.actors.length));
  return {
    count,
    start: Float64Array.from(rows, (_, i) => i * 86_400_000),
    end: Float64Array.from(rows, (_, i) => (i + 1) * 86_400_000),
    precision: new Uint8Array(count).fill(2),
    isRange: new Uint8Array(count),
    category: Uint16Array.from(rows, (r) => r.category),
    importance: new Uint8Array(count).fill(1),
    actorOffsets,
    actorIndices: Uint16Array.from(rows.flatMap((r) => r.actors)),
  };
}

describe('filterKeysOf', () => {
  it('numbers actor combinations as they first occur, whatever the order of a row’s actors', () => {
    const columns = columnsOf([
      { actors: [2], category: 1 },
      { actors: [0, 1], category: 0 },
      { actors: [1, 0], category: 1 },
      { actors: [2], category: 0 },
    ]);
    const keys = filterKeysOf(columns, 3, 2)!;
    expect(Array.from(keys.combinations)).toEqual([0b100, 0b011]);
    expect(Array.from(keys.keys)).toEqual([0 * 2 + 1, 1 * 2 + 0, 1 * 2 + 1, 0 * 2 + 0]);
  });

  it('numbers combinations of more than 16 actors too (the 32nd actor’s bit included)', () => {
    const columns = columnsOf([{ actors: [31], category: 0 }, { actors: [0, 31], category: 0 }, { actors: [31], category: 0 }]);
    const keys = filterKeysOf(columns, 32, 1)!;
    expect(Array.from(keys.keys)).toEqual([0, 1, 0]);
    const { shown, actorCounts } = countsOfKeys(keys, Uint32Array.of(2, 1), new Uint8Array(32).fill(1), Uint8Array.of(1));
    expect([shown, actorCounts[0], actorCounts[31]]).toEqual([3, 1, 3]);
  });

  it('gives no keys (the filters read the rows) past 32 actors, or when combinations times categories pass 2^16', () => {
    expect(filterKeysOf(columnsOf([{ actors: [0], category: 0 }]), 33, 1)).toBeNull();
    // Two combinations of 40,000 categories: 80,000 keys.
    expect(filterKeysOf(columnsOf([{ actors: [0], category: 0 }, { actors: [1], category: 0 }]), 2, 40_000)).toBeNull();
  });
});

describe('tallyAndMaskKeys', () => {
  it('counts and shows only the rows the search leaves inside the dates', () => {
    const columns = columnsOf([
      { actors: [0], category: 0 },
      { actors: [0], category: 1 },
      { actors: [1], category: 0 },
      { actors: [0], category: 0 },
    ]);
    const keys = filterKeysOf(columns, 2, 2)!;
    const pass = passingKeys(keys, Uint8Array.of(1, 0), Uint8Array.of(1, 1));
    // Days 1 to 3 (rows 1, 2, 3), row 3 not matching the search.
    const { perKey, mask } = tallyAndMaskKeys(columns, keys, pass, Uint8Array.of(1, 1, 1, 0), 86_400_000, 4 * 86_400_000, 0, 4);
    expect(Array.from(mask)).toEqual([0, 1, 0, 0]);
    expect(countsOfKeys(keys, perKey, Uint8Array.of(1, 0), Uint8Array.of(1, 1))).toEqual({
      shown: 1,
      actorCounts: Uint32Array.of(1, 1),
      categoryCounts: Uint32Array.of(0, 1),
    });
  });
});
