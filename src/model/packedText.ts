import { hashBytes } from './packedLookup';

export { hashBytes, lookupPacked } from './packedLookup';

/**
 * Many short strings as UTF-8 bytes plus offsets: two flat arrays that a worker can
 * transfer without copying, instead of a million string objects that structured
 * clone would rebuild one by one on the receiving thread.
 *
 * String k is `bytes[offsets[k] .. offsets[k + 1])`.
 */
export interface PackedStrings {
  bytes: Uint8Array;
  /** Length count + 1. */
  offsets: Uint32Array;
}

/** UTF-8 length of `s` (lone surrogates count as U+FFFD, 3 bytes, as TextEncoder writes them). */
function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Writes `s` as UTF-8 at `pos`; returns the position after it. Same bytes as TextEncoder. */
function writeUtf8(s: string, bytes: Uint8Array, pos: number): number {
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c < 0x80) {
      bytes[pos++] = c;
      continue;
    }
    if (c < 0x800) {
      bytes[pos++] = 0xc0 | (c >> 6);
      bytes[pos++] = 0x80 | (c & 0x3f);
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      const next = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
      if (c <= 0xdbff && (next & 0xfc00) === 0xdc00) {
        c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
        i++;
        bytes[pos++] = 0xf0 | (c >> 18);
        bytes[pos++] = 0x80 | ((c >> 12) & 0x3f);
        bytes[pos++] = 0x80 | ((c >> 6) & 0x3f);
        bytes[pos++] = 0x80 | (c & 0x3f);
        continue;
      }
      c = 0xfffd;
    }
    bytes[pos++] = 0xe0 | (c >> 12);
    bytes[pos++] = 0x80 | ((c >> 6) & 0x3f);
    bytes[pos++] = 0x80 | (c & 0x3f);
  }
  return pos;
}

/**
 * Packs several lists of strings into ONE byte buffer (so one transfer moves all
 * the text), each list with its own offsets into that buffer.
 * A hand-written encoder: calling TextEncoder a million times costs far more than
 * the copying itself.
 */
export function packStringLists(lists: readonly { count: number; get: (i: number) => string }[]): PackedStrings[] {
  let total = 0;
  for (const list of lists) for (let i = 0; i < list.count; i++) total += utf8Length(list.get(i));
  const bytes = new Uint8Array(total);
  let pos = 0;
  return lists.map((list) => {
    const offsets = new Uint32Array(list.count + 1);
    for (let i = 0; i < list.count; i++) {
      offsets[i] = pos;
      pos = writeUtf8(list.get(i), bytes, pos);
    }
    offsets[list.count] = pos;
    return { bytes, offsets };
  });
}

/**
 * An open-addressing hash table from string to row: a power-of-two Int32Array of
 * slots holding a row or -1, probed linearly. String k of `packed` belongs to row
 * `rowOf[k]` (strings may be packed in another order than rows); the table is
 * filled in string order, so the bytes are read sequentially.
 * Flat, so it transfers; lookups need no string objects for the million keys.
 */
export function buildHashTable(packed: PackedStrings, rowOf: Uint32Array): Int32Array {
  const count = rowOf.length;
  let size = 16;
  while (size < count * 2) size *= 2;
  const table = new Int32Array(size).fill(-1);
  const mask = size - 1;
  const { bytes, offsets } = packed;
  for (let k = 0; k < count; k++) {
    let slot = hashBytes(bytes, offsets[k], offsets[k + 1]) & mask;
    while (table[slot] !== -1) slot = (slot + 1) & mask;
    table[slot] = rowOf[k];
  }
  return table;
}

/** Inverse of a permutation: rowOf[order[row]] = row. */
export function invertOrder(order: Uint32Array): Uint32Array {
  const inverse = new Uint32Array(order.length);
  for (let row = 0; row < order.length; row++) inverse[order[row]] = row;
  return inverse;
}
