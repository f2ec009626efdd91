/**
 * `rows` reordered by ascending `keys` (keys[i] belongs to rows[i]); equal keys keep
 * their order. Integer keys (ms timestamps) are packed with their position into
 * 64-bit words and sorted natively, about 3x faster than a comparator sort at 10^6;
 * keys that do not fit (fractions, a span beyond the spare bits) take the comparator.
 */
export function sortRowsByKey(rows: Uint32Array, keys: Float64Array): Uint32Array {
  const n = rows.length;
  if (n < 2) return rows.slice();
  let min = Infinity;
  let max = -Infinity;
  let integral = true;
  for (let i = 0; i < n; i++) {
    const k = keys[i];
    if (k < min) min = k;
    if (k > max) max = k;
    if (!Number.isInteger(k)) integral = false;
  }
  const bits = Math.max(1, Math.ceil(Math.log2(n)));
  // Checked here rather than at module level, where it would be a side effect that keeps this file in every bundle.
  const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
  const lowBits = 32 - bits;
  if (!littleEndian || !integral || bits > 31 || !(max - min < 2 ** (64 - bits))) {
    const order = new Uint32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    order.sort((a, b) => keys[a] - keys[b] || a - b);
    return order.map((i) => rows[i]);
  }
  // Word = (key - min) * 2^bits + position: the high 32 bits carry the key's top,
  // the low 32 its remaining lowBits and the position (so ties stay in order).
  const packed = new BigUint64Array(n);
  const words = new Uint32Array(packed.buffer);
  const lowSpan = 2 ** lowBits;
  const scale = 2 ** bits;
  // Little-endian (checked above): word 2i is the low half of packed[i].
  for (let i = 0; i < n; i++) {
    const k = keys[i] - min;
    words[2 * i + 1] = Math.floor(k / lowSpan);
    words[2 * i] = (k % lowSpan) * scale + i;
  }
  packed.sort();
  const mask = scale - 1;
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) out[i] = rows[(words[2 * i] & mask) >>> 0];
  return out;
}
