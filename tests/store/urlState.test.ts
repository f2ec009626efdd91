import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { noticeText } from '../../src/i18n/notices.en';
import { decodeUrlState as decodeState, encodeUrlState, toQueryString, type UrlState } from '../../src/store/urlState';

/** decodeUrlState with its notices in words, as the notice list shows them. */
const decodeUrlState = (...args: Parameters<typeof decodeState>) => {
  const { state, notices } = decodeState(...args);
  return { state, notices: notices.map(noticeText) };
};

const meta = {
  actors: [{ id: 'us' }, { id: 'iraq-gov' }, { id: 'isis' }],
  categories: [{ id: 'attack' }, { id: 'diplomacy' }],
  hasEvent: (id: string) => id === 'talks-first-round',
  storySteps: 12,
};

const full: UrlState = {
  data: 'https://example.org/data.json',
  actors: ['us', 'iraq-gov'],
  categories: ['diplomacy'],
  q: 'talks',
  from: '2023-10-01',
  to: '2024-02-01',
  event: 'talks-first-round',
  lanes: 'all',
  story: 3,
  embed: true,
  lang: 'ar',
};

describe('encodeUrlState / decodeUrlState', () => {
  it('writes the issue’s example link with readable commas', () => {
    expect(toQueryString(encodeUrlState({ ...full, data: null, lanes: null, story: null, embed: false, lang: null }))).toBe(
      '?actors=us,iraq-gov&categories=diplomacy&q=talks&from=2023-10-01&to=2024-02-01&event=talks-first-round',
    );
  });

  it('round-trips every parameter', () => {
    const { state, notices } = decodeUrlState(encodeUrlState(full), meta);
    expect(notices).toEqual([]);
    expect(state).toEqual(full);
  });

  it('leaves defaults out of the URL', () => {
    const params = encodeUrlState({ data: null, actors: null, categories: null, q: '', from: null, to: null, event: null, lanes: null, story: null, embed: false, lang: null });
    expect(params.toString()).toBe('');
  });

  it('keeps "no actors" distinct from "all actors"', () => {
    const none = decodeUrlState(encodeUrlState({ ...full, actors: [] }), meta).state;
    expect(none.actors).toEqual([]);
    const all = decodeUrlState(encodeUrlState({ ...full, actors: null }), meta).state;
    expect(all.actors).toBeUndefined();
  });

  it('round-trips arbitrary search text and id subsets', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 60 }).filter((q) => q.trim() !== ''),
        fc.subarray(['us', 'iraq-gov', 'isis']),
        (q, actors) => {
          const state = decodeUrlState(new URLSearchParams(toQueryString(encodeUrlState({ ...full, q, actors }))), meta).state;
          expect(state.q).toBe(q);
          expect(state.actors).toEqual(actors);
        },
      ),
    );
  });

  it('reads lanes=all and lanes=N, and writes them back the same', () => {
    expect(decodeUrlState(new URLSearchParams('lanes=all'), meta)).toEqual({ state: { lanes: 'all' }, notices: [] });
    expect(decodeUrlState(new URLSearchParams('lanes=50'), meta)).toEqual({ state: { lanes: 50 }, notices: [] });
    expect(toQueryString(encodeUrlState({ ...full, data: null, actors: null, categories: null, q: '', from: null, to: null, event: null, story: null, embed: false, lang: null, lanes: 50 }))).toBe('?lanes=50');
  });

  it.each(['', '0', '-3', '2.5', '1e3', 'ALL', '007', '10001', 'all,50', ' 5'])('ignores lanes=%j with a notice naming it, and keeps the default lanes', (value) => {
    const { state, notices } = decodeUrlState(new URLSearchParams({ lanes: value }), meta);
    expect(state).toEqual({});
    expect(notices).toEqual([`Ignored the "lanes" parameter: "${value}" is not "all" or a number of lanes from 1 to 10000.`]);
  });

  it('names an unknown parameter in a notice and ignores it', () => {
    const { state, notices } = decodeUrlState(new URLSearchParams('colour=red&q=mosul'), meta);
    expect(state).toEqual({ q: 'mosul' });
    expect(notices).toEqual(['Ignored the unknown URL parameter "colour".']);
  });

  it('ignores a malformed date with a notice naming the parameter and the value', () => {
    const { state, notices } = decodeUrlState(new URLSearchParams('from=2014-13-01&to=2016'), meta);
    expect(state).toEqual({ to: '2016' });
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain('"from"');
    expect(notices[0]).toContain('2014-13-01');
  });

  it('drops a reversed range with a notice', () => {
    const { state, notices } = decodeUrlState(new URLSearchParams('from=2020-01-01&to=2019-01-01'), meta);
    expect(state.from).toBeUndefined();
    expect(state.to).toBeUndefined();
    expect(notices[0]).toMatch(/after/);
  });

  it('keeps known actors and reports unknown ones', () => {
    const { state, notices } = decodeUrlState(new URLSearchParams('actors=us,isil'), meta);
    expect(state.actors).toEqual(['us']);
    expect(notices[0]).toContain('"isil"');
    expect(notices[0]).toContain('"actors"');
  });

  it('reports an event id the dataset does not have', () => {
    const { state, notices } = decodeUrlState(new URLSearchParams('event=nope'), meta);
    expect(state.event).toBeUndefined();
    expect(notices[0]).toContain('"nope"');
  });

  it('refuses non-http data addresses but accepts relative ones', () => {
    expect(decodeUrlState(new URLSearchParams('data=javascript:alert(1)')).notices[0]).toContain('"data"');
    expect(decodeUrlState(new URLSearchParams('data=/other.json')).state.data).toBe('/other.json');
  });

  it('without a dataset, takes ids as given', () => {
    expect(decodeUrlState(new URLSearchParams('actors=anything')).state.actors).toEqual(['anything']);
  });

  it('reads the story step, one the story has, and names any other', () => {
    expect(decodeUrlState(new URLSearchParams('story=1'), meta).state.story).toBe(1);
    expect(decodeUrlState(new URLSearchParams('story=12'), meta).state.story).toBe(12);
    for (const bad of ['13', 'first', '0', '-2', '1.5', '']) {
      const result = decodeUrlState(new URLSearchParams(`story=${bad}`), meta);
      expect(result.state.story).toBeUndefined();
      expect(result.notices).toEqual([`Ignored the "story" parameter: "${bad}" is not a step of this dataset's story.`]);
    }
    expect(decodeUrlState(new URLSearchParams('story=2'), { ...meta, storySteps: 0 }).notices).toHaveLength(1);
  });

  it('reads lang=ar and lang=en, and names any other language', () => {
    expect(decodeUrlState(new URLSearchParams('lang=ar')).state.lang).toBe('ar');
    expect(decodeUrlState(new URLSearchParams('lang=en')).state.lang).toBe('en');
    const { state, notices } = decodeUrlState(new URLSearchParams('lang=fr'));
    expect(state.lang).toBeUndefined();
    expect(notices).toEqual(['Ignored the "lang" parameter: "fr" is not en or ar.']);
  });

  it('reads embed=1, and names anything but 1 or 0', () => {
    expect(decodeUrlState(new URLSearchParams('embed=1')).state.embed).toBe(true);
    expect(decodeUrlState(new URLSearchParams('embed=0')).state.embed).toBeUndefined();
    expect(decodeUrlState(new URLSearchParams('embed=yes')).notices).toEqual(['Ignored the "embed" parameter: "yes" is not 1 or 0.']);
  });
});
