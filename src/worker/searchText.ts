import { normalizeForSearch } from '../model/normalizeText';
import { searchableTexts } from '../model/searchableTexts';
import type { TimelineEvent } from '../model/types';
import { invertOrder } from '../model/packedText';

/** Separates fields and rows so a query never matches across two of them. */
const SEPARATOR = '\u0000';

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

/**
 * Folds `count` items; `fields(k)` gives item k's texts (title, summary, their translations), and `rowOf[k]`
 * its row when items are not rows (omit for rows).
 */
export function searchTextBuilder(
  count: number,
  fields: (k: number) => readonly (string | undefined)[],
  rowOf?: Uint32Array,
): SearchTextBuilder {
  const parts: string[] = new Array(count);
  const start = new Uint32Array(count + 1);
  let pos = 0;
  let k = 0;
  let done: SearchText | null = null;
  const advance = (until: number) => {
    for (; k < until; k++) {
      start[k] = pos;
      let folded = '';
      for (const f of fields(k)) if (f) folded += fold(f) + SEPARATOR;
      if (folded === '') folded = SEPARATOR;
      parts[k] = folded;
      pos += folded.length;
    }
  };
  const finish = (): SearchText => {
    if (done) return done;
    advance(count);
    start[count] = pos;
    done = rowOf ? { text: parts.join(''), start, rowOf } : { text: parts.join(''), start };
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
): SearchText {
  return searchTextBuilder(count, fields, rowOf).finish();
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
  const { text, start, rowOf } = search;
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
