import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/model/types';
import { validateDataset } from '../../src/model/validate';
import { validDocument } from './fixtures';
import { problemMessage } from '../../src/i18n/problemText';

type Doc = ReturnType<typeof validDocument>;

/** Problems of the document after `change`, as "path: message" lines. */
function problemsAfter(change: (doc: Doc) => void): string[] {
  const doc = validDocument();
  change(doc);
  const result = validateDataset(doc);
  if (result.ok) return [];
  return result.problems.map((p: Problem) => `${p.path}: ${problemMessage(p)}`);
}

describe('validateDataset', () => {
  it('accepts a valid document and normalises a missing series to []', () => {
    const doc = validDocument();
    delete (doc as Partial<Doc>).series;
    const result = validateDataset(doc);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.dataset.series).toEqual([]);
      expect(result.dataset.events.map((e) => e.id)).toEqual(['fall-of-mosul', 'talks']);
      expect(result.dataset.description).toBe('For tests');
    }
  });

  it('reports an impossible date with its path and the text', () => {
    expect(problemsAfter((d) => (d.events[1].date = '2014-13-01'))).toEqual(['events[1].date: "2014-13-01" is not a date']);
  });

  it('reports an unknown actor reference by its index', () => {
    expect(problemsAfter((d) => (d.events[1].actors = ['us', 'isil']))).toEqual(['events[1].actors[1]: unknown actor "isil"']);
  });

  it('reports an end before its date, comparing periods', () => {
    expect(problemsAfter((d) => (d.events[0].end = '2014-06-09'))).toEqual(['events[0].end: ends before its date']);
    // "2014-06" runs to the end of June, so it does not end before 10 June.
    expect(problemsAfter((d) => (d.events[0].end = '2014-06'))).toEqual([]);
  });

  it('reports series points out of date order', () => {
    expect(
      problemsAfter((d) => {
        const points = d.series[0].points as Record<string, unknown>[];
        points.push({ date: '2020', value: 5200, estimate: 'exact', source: 'src-a' });
      }),
    ).toEqual(['series[0].points[2].date: out of date order']);
  });

  it('reads a point written without a kind as a ceiling when authorized and as a count otherwise, so old files load', () => {
    const result = validateDataset(validDocument());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.dataset.series[0].points.map((p) => p.kind)).toEqual(['ceiling', 'count']);
  });

  it('keeps a kind and a note that are written', () => {
    const doc = validDocument();
    Object.assign((doc.series[0].points as Record<string, unknown>[])[1], { kind: 'official', note: 'the force management level' });
    const result = validateDataset(doc);
    expect(result.ok && result.dataset.series[0].points[1]).toMatchObject({ kind: 'official', note: 'the force management level' });
  });

  it('reports an unknown kind, and an authorized figure given as anything but a ceiling, by path', () => {
    const point = (d: Doc, i: number) => (d.series[0].points as Record<string, unknown>[])[i];
    expect(problemsAfter((d) => (point(d, 1).kind = 'estimate'))).toEqual([
      'series[0].points[1].kind: must be "count", "official", "ceiling" or "planned"',
    ]);
    expect(problemsAfter((d) => (point(d, 0).kind = 'count'))).toEqual([
      'series[0].points[0].kind: an "authorized" estimate is a ceiling: make kind "ceiling" or the estimate "exact" or "approximate"',
    ]);
  });

  it('allows one figure of each kind on a date, not two of the same kind', () => {
    const add = (kind: string) => (d: Doc) =>
      (d.series[0].points as Record<string, unknown>[]).push({ date: '2024-01', value: 3000, estimate: 'exact', kind, source: 'src-a' });
    expect(problemsAfter(add('ceiling'))).toEqual([]);
    expect(problemsAfter(add('count'))).toEqual(['series[0].points[2].date: same date as an earlier "count" point']);
  });

  it('accepts only http(s) source URLs', () => {
    expect(problemsAfter((d) => (d.sources[1].url = 'javascript:alert(1)'))).toEqual(['sources[1].url: must be an http(s) URL']);
    expect(problemsAfter((d) => (d.sources[1].url = 'ftp://example.org/x'))).toEqual(['sources[1].url: must be an http(s) URL']);
    expect(problemsAfter((d) => (d.sources[1].url = 'http://example.org/x'))).toEqual([]);
  });

  it('reports duplicate ids in every list', () => {
    expect(problemsAfter((d) => d.actors.push({ id: 'us', name: 'Again' }))).toEqual(['actors[3].id: duplicate id "us"']);
    expect(problemsAfter((d) => (d.events[1].id = 'fall-of-mosul'))).toEqual(['events[1].id: duplicate id "fall-of-mosul"']);
    expect(problemsAfter((d) => (d.sources[1].id = 'src-a'))).toContain('sources[1].id: duplicate id "src-a"');
  });

  it('rejects unknown top-level keys', () => {
    expect(problemsAfter((d) => (d.frobnicate = true))).toEqual(['frobnicate: unknown top-level key']);
  });

  it('requires every event to cite a source, and the source to exist', () => {
    expect(problemsAfter((d) => (d.events[0].sources = []))).toEqual(['events[0].sources: must cite at least one source']);
    expect(problemsAfter((d) => delete d.events[0].sources)).toEqual(['events[0].sources: must cite at least one source']);
    expect(problemsAfter((d) => (d.events[0].sources = [{ source: 'nope' }]))).toEqual([
      'events[0].sources[0].source: unknown source "nope"',
    ]);
  });

  it('requires version 1', () => {
    expect(problemsAfter((d) => (d.version = 2))).toEqual(['version: must be 1']);
    expect(problemsAfter((d) => delete d.version)).toEqual(['version: is required']);
  });

  it('keeps unknown event keys as extra instead of failing', () => {
    const doc = validDocument();
    doc.events[0].casualties = 12;
    doc.events[0].note = { text: 'hi' };
    const result = validateDataset(doc);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.dataset.events[0].extra).toEqual({ casualties: 12, note: { text: 'hi' } });
      expect(result.dataset.events[0]).not.toHaveProperty('casualties');
      expect(result.dataset.events[1].extra).toBeUndefined();
    }
  });

  it('keeps an event key named __proto__ as data', () => {
    const doc = JSON.parse(JSON.stringify(validDocument()).replace('"id":"fall-of-mosul"', '"__proto__":{"x":1},"id":"fall-of-mosul"'));
    const result = validateDataset(doc);
    expect(result.ok).toBe(true);
    if (result.ok) {
      const extra = result.dataset.events[0].extra!;
      expect(Object.keys(extra)).toEqual(['__proto__']);
      expect((extra as { x?: unknown }).x).toBeUndefined();
    }
  });

  it('keeps markup in text as plain characters', () => {
    const doc = validDocument();
    doc.events[0].title = '<img src=x onerror=alert(1)>';
    const result = validateDataset(doc);
    expect(result.ok && result.dataset.events[0].title).toBe('<img src=x onerror=alert(1)>');
  });

  it('accepts importance 1, 2 or 3 only', () => {
    expect(problemsAfter((d) => (d.events[0].importance = 4))).toEqual(['events[0].importance: must be 1, 2 or 3']);
    expect(problemsAfter((d) => (d.events[0].importance = '3'))).toEqual(['events[0].importance: must be 1, 2 or 3']);
  });

  it('accepts CSS hex colours only', () => {
    expect(problemsAfter((d) => (d.actors[1].color = '#abc'))).toEqual([]);
    expect(problemsAfter((d) => (d.actors[1].color = 'red'))).toEqual([
      'actors[1].color: must be a CSS hex colour such as "#1f77b4"',
    ]);
  });

  it('reports unknown categories, missing fields and wrong types on events', () => {
    expect(problemsAfter((d) => (d.events[0].category = 'war'))).toEqual(['events[0].category: unknown category "war"']);
    expect(problemsAfter((d) => delete d.events[0].title)).toEqual(['events[0].title: is required']);
    expect(problemsAfter((d) => (d.events[0].title = 42))).toEqual(['events[0].title: must be a string']);
    expect(problemsAfter((d) => (d.events[0].actors = []))).toEqual(['events[0].actors: must name at least one actor']);
    expect(problemsAfter((d) => (d.events[0].actors = ['us', 'us']))).toEqual(['events[0].actors[1]: duplicate actor "us"']);
    expect(problemsAfter((d) => (d.events[1].place = { name: 'Baghdad', lat: 133 }))).toEqual([
      'events[1].place.lat: must be a number from -90 to 90',
    ]);
    expect(problemsAfter((d) => (d.events[1] = 'talks' as never))).toEqual(['events[1]: must be an object']);
  });

  it('reports unknown and missing keys in actors, sources and series', () => {
    expect(problemsAfter((d) => (d.actors[0].colour = '#fff'))).toEqual(['actors[0].colour: unknown key']);
    expect(problemsAfter((d) => delete d.sources[0].publisher)).toEqual(['sources[0].publisher: is required']);
    expect(problemsAfter((d) => (d.sources[0].grade = 'D'))).toEqual(['sources[0].grade: must be "A", "B" or "C"']);
    expect(problemsAfter((d) => (d.sources[0].published = '2024-02-30'))).toEqual([
      'sources[0].published: "2024-02-30" is not a date',
    ]);
    expect(problemsAfter((d) => ((d.series[0].points as Record<string, unknown>[])[0].estimate = 'guess'))).toEqual([
      'series[0].points[0].estimate: must be "exact", "approximate" or "authorized"',
    ]);
    expect(problemsAfter((d) => ((d.series[0].points as Record<string, unknown>[])[1].source = 'gone'))).toEqual([
      'series[0].points[1].source: unknown source "gone"',
    ]);
    expect(problemsAfter((d) => (d.series[0].actor = 'uk'))).toEqual(['series[0].actor: unknown actor "uk"']);
  });

  it('says what is wrong with a document that is not an object', () => {
    for (const doc of [null, [], 'text', 3]) {
      const result = validateDataset(doc);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problems[0].path).toBe('(document)');
    }
  });

  it('caps the list of problems and says how many more there are', () => {
    const doc = validDocument();
    for (let i = 0; i < 30; i++) doc.events.push({ ...doc.events[0], id: `e${i}`, date: 'soon' });
    const result = validateDataset(doc, { maxProblems: 10 });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toHaveLength(11);
      expect(result.problems[9].path).toBe('events[11].date');
      expect(problemMessage(result.problems[9])).toBe('"soon" is not a date');
      expect(problemMessage(result.problems[10])).toBe('…and 20 more problems');
    }
  });

  it('never throws, whatever the shape of the input', () => {
    const shapes: unknown[] = [
      { version: 1, title: 'x', actors: 'no', categories: {}, sources: [null], events: [[]], series: [{ points: 'x' }] },
      { version: 1, title: '', actors: [{}], categories: [1], sources: [{ id: 5 }], events: {}, series: null },
    ];
    for (const doc of shapes) {
      const result = validateDataset(doc);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problems.length).toBeGreaterThan(3);
    }
  });
});
