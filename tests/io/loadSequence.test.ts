import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateDocumentText } from '../../bench/generate.mjs';
import { buildColumns } from '../../src/model/buildColumns';
import { buildEventIndex, eventIndexFromParts } from '../../src/model/buildEventIndex';
import { createInMemoryDataset } from '../../src/model/inMemoryDataset';
import { parseDatasetText } from '../../src/model/parseDatasetText';
import type { Dataset } from '../../src/model/types';
import { validateDataset } from '../../src/model/validate';
import { packedEventText } from '../../src/load/workerDataset';
import { parseDocument, type ParseSuccess } from '../../src/io/loadSequence';
import type { WorkerProgress } from '../../src/worker/protocol';
import { buildEventSearchText, matchMask } from '../../src/worker/searchText';

const N = 100_000;
let text: string;
let reference: Dataset;
let result: ParseSuccess;
const progress: WorkerProgress[] = [];

beforeAll(() => {
  text = generateDocumentText(N, 7);
  const validated = validateDataset(JSON.parse(text));
  if (!validated.ok) throw new Error(`generated document is invalid: ${JSON.stringify(validated.problems.slice(0, 3))}`);
  reference = validated.dataset;
  const parsed = parseDocument(text, 'synthetic.json', (p) => progress.push(p));
  if (!parsed.ok) throw new Error(`parseDocument rejected it: ${JSON.stringify(parsed.problems.slice(0, 3))}`);
  result = parsed;
}, 60_000);

describe("the worker's parse of a 100,000-event document", { timeout: 60_000 }, () => {
  it('produces the same columns as validateDataset + buildColumns on the main thread', () => {
    const { columns, order } = buildColumns(reference);
    const got = result.document.columns;
    expect(got.count).toBe(N);
    expect(Array.from(result.order)).toEqual(Array.from(order));
    expect(got.start).toEqual(columns.start);
    expect(got.end).toEqual(columns.end);
    expect(got.precision).toEqual(columns.precision);
    expect(got.isRange).toEqual(columns.isRange);
    expect(got.category).toEqual(columns.category);
    expect(got.importance).toEqual(columns.importance);
    expect(got.actorOffsets).toEqual(columns.actorOffsets);
    expect(got.actorIndices).toEqual(columns.actorIndices);
  });

  it('sends every id and title, row for row, and finds each row by its id', () => {
    const { order } = buildColumns(reference);
    const text = packedEventText(result.document);
    for (let row = 0; row < N; row++) {
      const e = reference.events[order[row]];
      if (text.id(row) !== e.id || text.title(row) !== e.title || text.indexOf(e.id) !== row) {
        throw new Error(`row ${row}: got ${text.id(row)} / ${text.title(row)} / ${text.indexOf(e.id)}, want ${e.id} / ${e.title} / ${row}`);
      }
    }
    expect(text.indexOf('no-such-event')).toBe(-1);
    expect(text.indexOf('')).toBe(-1);
  });

  it('sends a time index that answers window queries exactly as one built on the main thread', () => {
    const { columns } = buildColumns(reference);
    const want = buildEventIndex(columns, reference.actors.length);
    const got = eventIndexFromParts(result.document.columns, result.document.index);
    const DAY = 86_400_000;
    const windows = [
      [Date.UTC(2014, 0, 1), Date.UTC(2025, 0, 1)],
      [Date.UTC(2016, 5, 1), Date.UTC(2016, 5, 1) + DAY],
      [Date.UTC(2020, 2, 3, 10), Date.UTC(2020, 2, 3, 11)],
      [Date.UTC(2010, 0, 1), Date.UTC(2011, 0, 1)],
    ];
    const rows = (index: typeof want, lane: number, t0: number, t1: number) => {
      const out: number[] = [];
      if (lane < 0) index.forEachInWindowAll(t0, t1, (r) => out.push(r));
      else index.forEachInWindow(lane, t0, t1, (r) => out.push(r));
      return out;
    };
    for (const [t0, t1] of windows) {
      for (let lane = -1; lane < reference.actors.length; lane++) {
        expect(rows(got, lane, t0, t1), `lane ${lane} [${t0}, ${t1})`).toEqual(rows(want, lane, t0, t1));
      }
    }
    expect(rows(got, -1, windows[1][0], windows[1][1]).length).toBeGreaterThan(0);
    for (let lane = 0; lane < reference.actors.length; lane++) expect(got.laneRows(lane)).toEqual(want.laneRows(lane));
  });

  it('keeps the full events for getEvent, in row order', () => {
    const { order } = buildColumns(reference);
    for (const row of [0, 1, 4_999, N - 1]) {
      expect(result.dataset.events[result.order[row]]).toEqual(reference.events[order[row]]);
    }
  });

  it('sends the same metadata the in-memory dataset has', () => {
    expect(result.document.meta).toEqual(createInMemoryDataset(reference).meta);
  });

  it('reports its phases with the event count once it is known, and validation every 50,000 events', () => {
    expect([...new Set(progress.map((p) => p.phase))]).toEqual(['parse', 'validate', 'columns', 'index']);
    expect(progress.filter((p) => p.phase === 'validate').map((p) => p.fraction)).toEqual([null, 0, 0.5]);
    expect(progress.at(-1)?.events).toBe(N);
  });

  it('searches exactly like the in-memory dataset, accents and case folded', async () => {
    const inMemory = createInMemoryDataset(reference);
    const search = buildEventSearchText(result.dataset.events, result.order);
    for (const q of ['hit', 'HAWIJA', 'report 123', 'figures were', "al-qa'im", 'zzz no match', '  ']) {
      const want = await inMemory.search(q);
      const got = matchMask(search, q);
      expect(got, q).toEqual(want);
    }
    // Accent folding really was exercised: "hit" finds titles written "Hīt".
    expect(matchMask(search, 'hit')!.some((m, row) => m === 1 && packedEventText(result.document).title(row).includes('Hīt'))).toBe(true);
  });
});

describe('a translated document', () => {
  it("sends each language's titles, the original where an event has none, the same as the in-memory dataset", () => {
    const doc = JSON.parse(readFileSync('data/coalition.json', 'utf8'));
    // One event left untranslated: it keeps its English title.
    delete doc.events[0].translations;
    const parsed = parseDocument(JSON.stringify(doc), 'coalition.json', () => {});
    if (!parsed.ok) throw new Error('data/coalition.json does not parse');
    const inMemory = createInMemoryDataset(parsed.dataset);
    const text = packedEventText(parsed.document);
    const first = text.indexOf(doc.events[0].id);
    expect(text.titleIn(first, 'ar')).toBe(doc.events[0].title);
    const talks = text.indexOf('talks-first-round');
    expect(text.titleIn(talks, 'ar')).toBe('الجولة الأولى من المحادثات الأمريكية العراقية بشأن إنهاء مهمة التحالف');
    expect(text.titleIn(talks, 'fr')).toBe(text.title(talks));
    for (let row = 0; row < parsed.dataset.events.length; row++) expect(text.titleIn(row, 'ar')).toBe(inMemory.text.titleIn(row, 'ar'));
  });

  it('packs no translated titles for a dataset without translations', () => {
    expect(result.document.translatedTitles).toBeUndefined();
  });
});

describe('a document the worker rejects', { timeout: 60_000 }, () => {
  it('gets the same problems as parseDatasetText, for a syntax error and for bad events', () => {
    const broken = text.slice(0, 5000);
    const bad = text.replace('"category":"attack"', '"category":"atack"').replace('"date":"20', '"date":"19x');
    for (const doc of [broken, bad, '', '\ufeff{"version":1}']) {
      const want = parseDatasetText(doc, 'x.json');
      const got = parseDocument(doc, 'x.json', () => {});
      expect(want.ok).toBe(false);
      expect(got).toEqual({ ok: false, problems: want.ok ? [] : want.problems });
    }
  });
});
