import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeForSearch } from '../../src/model/normalizeText';
import type { TimelineEvent } from '../../src/model/types';
import { buildEventSearchText, buildSearchText, matchMask, searchTextBuilder } from '../../src/worker/searchText';

/** Characters where folding matters: case, accents (precomposed and combining), quotes, white space. */
const tricky = fc.constantFrom('a', 'B', 'i', 'ī', '\u0301', ' ', '\t', 'Σ', 'ς', '’', "'", '-');
const text = (maxLength: number) => fc.string({ unit: tricky, maxLength });

describe('matchMask', () => {
  it('folds each row exactly as normalizeForSearch does, plain ASCII or not', () => {
    const samples = ['Mosul', 'Talks in  Baghdad', ' Hīt ', 'Da’esh', 'ΟΔΟΣ', 'tab\there', 'x', 'A-B (c) 1/2'];
    const search = buildSearchText(samples.length, (row) => [samples[row]]);
    const parts = search.text.split('\u0000').slice(0, -1);
    expect(parts).toEqual(samples.map(normalizeForSearch));
  });

  it('finds a row when the folded query occurs in its title or summary, never across the two', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(text(12), fc.option(text(12), { nil: undefined })), { maxLength: 30 }),
        fc.string({ unit: tricky, minLength: 1, maxLength: 3 }),
        (rows, query) => {
          const search = buildSearchText(rows.length, (row) => rows[row]);
          const q = normalizeForSearch(query).split('\u0000').join('');
          const got = matchMask(search, query);
          if (q === '') {
            expect(got).toBeNull();
            return;
          }
          const want = rows.map(([title, summary]) =>
            normalizeForSearch(title).includes(q) || (summary !== undefined && normalizeForSearch(summary).includes(q)) ? 1 : 0,
          );
          expect(Array.from(got ?? [])).toEqual(want);
        },
      ),
      { seed: 42, numRuns: 300 },
    );
  });

  it('answers from the character index exactly as the sweep over the text does, Arabic with and without hamza included', () => {
    // Alef with hamza above and below, bare alef, hamza alone, lam, a Latin letter, a space: folding drops the hamza marks.
    const arabic = fc.constantFrom('أ', 'إ', 'ا', 'ء', 'ل', 'م', '\u0654', 'k', 'I', ' ');
    const units = fc.oneof(tricky, arabic);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string({ unit: units, maxLength: 12 }), fc.option(fc.string({ unit: units, maxLength: 12 }), { nil: undefined })), {
          maxLength: 80,
        }),
        fc.string({ unit: units, minLength: 1, maxLength: 3 }),
        (rows, query) => {
          const fields = (row: number) => rows[row];
          const indexed = buildSearchText(rows.length, fields);
          const swept = buildSearchText(rows.length, fields, undefined, { charIndex: false });
          expect(indexed.chars).toBeDefined();
          expect(swept.chars).toBeUndefined();
          const got = matchMask(indexed, query);
          expect(got === null ? null : Array.from(got)).toEqual(((m) => (m === null ? null : Array.from(m)))(matchMask(swept, query)));
        },
      ),
      { seed: 7, numRuns: 300 },
    );
  });

  it('finds one-letter queries among rows past the first 32 (the index keeps a bit per row) and in document order mapped to rows', () => {
    const titles = Array.from({ length: 100 }, (_, i) => (i % 7 === 0 ? `Raid ${i}` : `Talks ${i}`));
    // Items in reverse row order, as the event search text maps document order to rows.
    const rowOf = Uint32Array.from(titles.map((_, k) => titles.length - 1 - k));
    const search = buildSearchText(titles.length, (k) => [titles[k]], rowOf);
    const mask = matchMask(search, 'R')!;
    const rows = [...mask.keys()].filter((r) => mask[r] === 1);
    expect(rows).toEqual(titles.flatMap((t, k) => (t.startsWith('Raid') ? [titles.length - 1 - k] : [])).sort((a, b) => a - b));
    // A character no row has: nothing, without reading the text.
    expect(Array.from(matchMask(search, 'z')!).every((m) => m === 0)).toBe(true);
  });

  it('built a slice at a time, the text is the same as built at once', () => {
    const titles = Array.from({ length: 10_000 }, (_, i) => `Raid near Hīt (report ${i})`);
    const fields = (k: number) => [titles[k], k % 3 === 0 ? 'Officials confirmed it' : undefined];
    const builder = searchTextBuilder(titles.length, fields);
    let steps = 1;
    while (builder.step(0) === null) steps++;
    expect(steps).toBeGreaterThan(1);
    expect(builder.finish()).toEqual(buildSearchText(titles.length, fields));
  });

  it('finds an event by its translated title or summary, hamza or not, as well as by its English', () => {
    const events = [
      { id: 'a', date: '2014', title: 'Mosul falls', actors: [], category: 'c', sources: [], translations: { ar: { title: 'سقوط الموصل' } } },
      { id: 'b', date: '2014', title: 'Strikes near Erbil', actors: [], category: 'c', sources: [], translations: { ar: { summary: 'ضربات قرب أربيل' } } },
      { id: 'c', date: '2014', title: 'Talks', actors: [], category: 'c', sources: [] },
    ] as TimelineEvent[];
    const search = buildEventSearchText(events, Uint32Array.from([0, 1, 2]));
    expect(Array.from(matchMask(search, 'الموصل') ?? [])).toEqual([1, 0, 0]);
    // Typed without the hamza, as many readers type it.
    expect(Array.from(matchMask(search, 'اربيل') ?? [])).toEqual([0, 1, 0]);
    expect(Array.from(matchMask(search, 'erbil') ?? [])).toEqual([0, 1, 0]);
  });
});
