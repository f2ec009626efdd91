import type { PackedStrings } from './packedText';

/*
 * The read side of packed strings, on its own: the main thread looks ids up in the
 * table the worker built, and must not carry the builders (packedText.ts) with it.
 */

/** FNV-1a over bytes[from, to). */
export function hashBytes(bytes: Uint8Array, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= bytes[i];
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Row whose string's UTF-8 bytes are `key` (see buildHashTable); `stringOf[row]` is the row's string. Or -1. */
export function lookupPacked(table: Int32Array, packed: PackedStrings, stringOf: Uint32Array, key: Uint8Array): number {
  const mask = table.length - 1;
  const { bytes, offsets } = packed;
  let slot = hashBytes(key, 0, key.length) & mask;
  for (;;) {
    const row = table[slot];
    if (row === -1) return -1;
    const k = stringOf[row];
    const from = offsets[k];
    if (offsets[k + 1] - from === key.length) {
      let same = true;
      for (let j = 0; j < key.length; j++) {
        if (bytes[from + j] !== key[j]) {
          same = false;
          break;
        }
      }
      if (same) return row;
    }
    slot = (slot + 1) & mask;
  }
}
