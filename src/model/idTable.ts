/**
 * An open-addressing hash table of item indices keyed by string, in one typed
 * array. Finds repeated event ids among a million events in about half the time
 * of a Set<string>, and without putting a million-entry table on the JS heap,
 * whose growth would set off a full garbage collection of the parsed document.
 */
export class IdTable {
  private readonly slots: Int32Array;
  private readonly mask: number;

  /** `keyOf(i)` gives the key of an index already added; `capacity` is the most indices that will be added. */
  constructor(
    capacity: number,
    private readonly keyOf: (i: number) => string,
  ) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.slots = new Int32Array(size).fill(-1);
    this.mask = size - 1;
  }

  /** Adds index `i` under `key`; returns -1, or the index first added under the same key (then `i` is not added). */
  add(i: number, key: string): number {
    // FNV-1a over UTF-16 code units.
    let h = 0x811c9dc5;
    for (let c = 0; c < key.length; c++) h = Math.imul(h ^ key.charCodeAt(c), 0x01000193);
    const { slots, mask } = this;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const j = slots[slot];
      if (j === -1) {
        slots[slot] = i;
        return -1;
      }
      if (this.keyOf(j) === key) return j;
    }
  }
}
