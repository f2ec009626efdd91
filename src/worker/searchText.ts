import { normalizeForSearch } from '../model/normalizeText';
import { searchableTexts } from '../model/searchableTexts';
import type { TimelineEvent } from '../model/types';
import { invertOrder } from '../model/packedText';

/** Separates fields and rows so a query never matches across two of them. */
const SEPARATOR = '\u0000';

/**
 * Which items hold each character (UTF-16 code unit) of their folded text: one bit per item
 * per character. A one-letter query, the first keystroke of every search and the one that
 * matches the most rows, is answered from its bits without reading the text; a query with a
 * character no item has matches nothing.
 */
export interface CharIndex {
  /** bits[code][k >> 5] bit (k & 31) = item k's text holds the code unit; absent past the cap. */
  bits: (Uint32Array | undefined)[];
  /** 1 = some item holds the code unit (indexed or not). */
  seen: Uint8Array;
}

/**
 * At most this many characters get bits (count / 8 bytes each: 125 KB at 10^6 items). Latin,
 * Arabic and digits together stay far below it; a script with thousands of characters
 * indexes the first ones met and the sweep answers for the rest.
 */
const MAX_INDEXED_CHARS = 192;

/**
 * Every row's searchable text (title and summary), folded once, in one long string.
 * One `indexOf` sweep over it finds a query in a million rows far faster than a
 * million `includes` calls, and it costs one string instead of a million.
 */
export interface SearchText {
  text: string;
  /** start[k] = where item k's text begins in `text`; length count + 1. */
  start: Uint32Array;
  /** Row of item k, when items are not in row order (built in document order for speed). */
  rowOf?: Uint32Array;
  /** The items of each character, built with the text (omitted: every query sweeps the text). */
  chars?: CharIndex;
}

/**
 * Printable ASCII words separated by single spaces: for such text normalizeForSearch
 * is exactly toLowerCase (NFD changes nothing, there are no marks or typographic
 * quotes, no runs of white space, nothing to trim), at a fraction of the cost.
 */
const PLAIN_ASCII = /^[!-~]+(?: [!-~]+)*$/;

const fold = (s: string) => (PLAIN_ASCII.test(s) ? s.toLowerCase() : normalizeForSearch(s));

/** Builds a SearchText a slice at a time, so the worker can answer other requests meanwhile. */
export interface SearchTextBuilder {
  /** Works for about `budgetMs`; returns the text once complete, else null. */
  step(budgetMs: number): SearchText | null;
  /** Completes at once (a search needs it now) and returns the text. */
  finish(): SearchText;
}

/** Options of searchTextBuilder. */
export interface SearchTextOptions {
  /** Build the per-character index (default true); without it every query sweeps the text. */
  charIndex?: boolean;
}

/**
 * Folds `count` items; `fields(k)` gives item k's texts (title, summary, their translations), and `rowOf[k]`
 * its row when items are not rows (omit for rows).
 */
export function searchTextBuilder(
  count: number,
  fields: (k: number) => readonly (string | undefined)[],
  rowOf?: Uint32Array,
  { charIndex = true }: SearchTextOptions = {},
): SearchTextBuilder {
  const parts: string[] = new Array(count);
  const start = new Uint32Array(count + 1);
  const chars: CharIndex | undefined = charIndex ? { bits: new Array(0x10000), seen: new Uint8Array(0x10000) } : undefined;
  const words = (count + 31) >>> 5;
  let indexed = 0;
  let pos = 0;
  let k = 0;
  let done: SearchText | null = null;
  const index = (folded: string, item: number) => {
    const { bits, seen } = chars!;
    const word = item >>> 5;
    const bit = 1 << (item & 31);
    for (let i = 0; i < folded.length; i++) {
      const c = folded.charCodeAt(i);
      let set = bits[c];
      if (set === undefined) {
        if (seen[c] === 1 || c === 0) continue;
        seen[c] = 1;
        if (indexed === MAX_INDEXED_CHARS) continue;
        indexed++;
        set = bits[c] = new Uint32Array(words);
      }
      set[word] |= bit;
    }
  };
  const advance = (until: number) => {
    for (; k < until; k++) {
      start[k] = pos;
      let folded = '';
      for (const f of fields(k)) if (f) folded += fold(f) + SEPARATOR;
      if (folded === '') folded = SEPARATOR;
      parts[k] = folded;
      pos += folded.length;
      if (chars) index(folded, k);
    }
  };
  const finish = (): SearchText => {
    if (done) return done;
    advance(count);
    start[count] = pos;
    done = { text: parts.join(''), start };
    if (rowOf) done.rowOf = rowOf;
    if (chars) done.chars = chars;
    parts.length = 0;
    return done;
  };
  return {
    step(budgetMs) {
      const t0 = performance.now();
      // At least one slice per step, so a zero budget still makes progress.
      do advance(Math.min(count, k + 4096));
      while (k < count && performance.now() - t0 < budgetMs);
      return k === count ? finish() : null;
    },
    finish,
  };
}

/** Builds the whole search text at once (see searchTextBuilder). */
export function buildSearchText(
  count: number,
  fields: (k: number) => readonly (string | undefined)[],
  rowOf?: Uint32Array,
  options?: SearchTextOptions,
): SearchText {
  return searchTextBuilder(count, fields, rowOf, options).finish();
}

/**
 * The search text of a dataset's events, built in document order (the order the
 * strings sit in memory: sequential reads) and mapped back to rows through
 * `order` (order[row] = document index).
 */
export function eventSearchTextBuilder(events: readonly TimelineEvent[], order: Uint32Array): SearchTextBuilder {
  return searchTextBuilder(events.length, (k) => searchableTexts(events[k]), invertOrder(order));
}

/** eventSearchTextBuilder, completed at once. */
export const buildEventSearchText = (events: readonly TimelineEvent[], order: Uint32Array): SearchText =>
  eventSearchTextBuilder(events, order).finish();

/**
 * Rows whose title or summary contains `query`, folded as normalizeForSearch does,
 * as a mask (1 = match); null for a blank query.
 */
export function matchMask(search: SearchText, query: string): Uint8Array | null {
  const q = normalizeForSearch(query).split(SEPARATOR).join('');
  if (q === '') return null;
  const count = search.start.length - 1;
  const mask = new Uint8Array(count);
  const { text, start, rowOf, chars } = search;
  if (chars) {
    // A character no item holds: no item holds the query.
    for (let i = 0; i < q.length; i++) if (chars.seen[q.charCodeAt(i)] === 0) return mask;
    const bits = q.length === 1 ? chars.bits[q.charCodeAt(0)] : undefined;
    if (bits) {
      for (let w = 0; w < bits.length; w++) {
        for (let x = bits[w]; x !== 0; x &= x - 1) {
          const item = (w << 5) | (31 - Math.clz32(x & -x));
          mask[rowOf ? rowOf[item] : item] = 1;
        }
      }
      return mask;
    }
  }
  // Hits come in text order, so the item holding one is found by walking on from
  // the last hit's item: one pass over `start` at most, beside the text scan.
  let k = 0;
  let pos = text.indexOf(q);
  while (pos !== -1) {
    while (start[k + 1] <= pos) k++;
    mask[rowOf ? rowOf[k] : k] = 1;
    // One hit is enough for an item: continue from the next item's text.
    pos = k + 1 < count ? text.indexOf(q, start[k + 1]) : -1;
  }
  return mask;
}
