import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { partialDateBounds } from '../../src/store/dateRange';
import { decodeUrlState, encodeUrlState, MAX_LANES, toQueryString, URL_PARAMS, type UrlState } from '../../src/store/urlState';
import { noticeText } from '../../src/i18n/notices.en';
import { FUZZ } from '../fuzzRuns';

/*
 * Links are typed, cut, pasted and forged: whatever the query string, decoding
 * never throws, keeps only values it can use, and says which parameter it
 * ignored. A state the app writes reads back the same.
 */

const context = { actors: [{ id: 'us' }, { id: 'iraq-gov' }, { id: 'isis' }], categories: [{ id: 'diplomacy' }, { id: 'attack' }] };

const fragment = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom('2014', '2014-06', '2014-06-10', '2014-13', '2024-02-30', '-2014', '9999-12-31', 'us,isis', 'us,,us', ',', '%', '%E0%A4%A', '%00', 'javascript:alert(1)', 'https://example.org/d.json', '//evil', 'all', '20', '0', '99999', '\ufeff', '\r\n', '"'),
);
const name = fc.oneof(fc.constantFrom(...URL_PARAMS), fc.string({ maxLength: 8 }));
const query = fc.oneof(
  fc.array(fc.tuple(name, fragment), { maxLength: 10 }).map((pairs) => pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')),
  fc.array(fc.tuple(name, fragment), { maxLength: 10 }).map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&')),
  fc.string({ maxLength: 300 }),
  fc.integer({ min: 1000, max: 100_000 }).map((n) => `q=${'x'.repeat(n)}`),
);

describe('decodeUrlState under any query string', () => {
  it('never throws, keeps only usable values and names each parameter it ignores', () => {
    fc.assert(
      fc.property(query, fc.boolean(), (q, withContext) => {
        let params: URLSearchParams;
        try {
          params = new URLSearchParams(q);
        } catch {
          return; // the browser would not hand such a string to the app either
        }
        const { state, notices } = decodeUrlState(params, withContext ? context : undefined);
        if (state.data !== undefined && state.data !== null) expect(new URL(state.data, 'http://relative.invalid/').protocol).toMatch(/^https?:$/);
        if (state.q !== undefined) expect(state.q.length).toBeLessThanOrEqual(200);
        for (const bound of ['from', 'to'] as const) {
          const v = state[bound];
          if (v !== undefined && v !== null) expect(partialDateBounds(v)).not.toBeNull();
        }
        if (withContext) {
          for (const id of state.actors ?? []) expect(context.actors.map((a) => a.id)).toContain(id);
          for (const id of state.categories ?? []) expect(context.categories.map((c) => c.id)).toContain(id);
        }
        const lanes = state.lanes;
        if (typeof lanes === 'number') expect(Number.isInteger(lanes) && lanes >= 1 && lanes <= MAX_LANES).toBe(true);
        else expect([undefined, 'all']).toContain(lanes);
        // A value the decoder dropped is named: lanes there and not kept means a notice about it.
        if (params.has('lanes') && state.lanes === undefined) expect(notices.some((n) => n.key === 'noticeBadLanes')).toBe(true);
        for (const notice of notices) expect(noticeText(notice)).toMatch(/"[^"]*"/);
      }),
      { numRuns: FUZZ.runs, seed: FUZZ.seed },
    );
  });

  it('reads back exactly the state it wrote', () => {
    // Built from characters rather than fc.stringMatching/fc.webUrl, which are slow to generate.
    const id = fc.array(fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789-'), { maxLength: 12 }).map((cs) => `a${cs.join('')}`);
    const url = fc
      .tuple(fc.constantFrom('https://', 'http://'), fc.constantFrom('example.org', 'data.example.com:8080', 'xn--mgbaal8b.example'), fc.array(fc.constantFrom(...'abz09-._~/?=&%,+ #'), { maxLength: 30 }))
      .map(([scheme, host, path]) => `${scheme}${host}/${path.join('')}`);
    const day = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    const state = fc.record({
      data: fc.option(url, { nil: null }),
      actors: fc.option(fc.uniqueArray(id, { maxLength: 5 }), { nil: null }),
      categories: fc.option(fc.uniqueArray(id, { maxLength: 3 }), { nil: null }),
      q: fc.string({ maxLength: 50 }).filter((s) => s.trim() === s && s !== ''),
      from: fc.option(day, { nil: null }),
      to: fc.constant(null),
      event: fc.option(id, { nil: null }),
      lanes: fc.option(fc.oneof(fc.constant('all' as const), fc.integer({ min: 1, max: MAX_LANES })), { nil: null }),
      story: fc.option(fc.integer({ min: 1, max: 999 }), { nil: null }),
      embed: fc.boolean(),
      lang: fc.constantFrom(null, 'ar' as const),
    });
    fc.assert(
      fc.property(state, (s: UrlState) => {
        const text = toQueryString(encodeUrlState(s));
        const { state: back, notices } = decodeUrlState(new URLSearchParams(text));
        expect(notices).toEqual([]);
        expect({ data: null, actors: null, categories: null, q: '', from: null, to: null, event: null, lanes: null, story: null, embed: false, lang: null, ...back }).toEqual(s);
      }),
      { numRuns: FUZZ.runs, seed: FUZZ.seed },
    );
  });
});
