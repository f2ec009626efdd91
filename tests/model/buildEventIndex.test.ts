import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildEventIndex, buildEventIndexParts, eventIndexFromParts } from '../../src/model/buildEventIndex';
import type { EventColumns } from '../../src/model/eventColumns';

const DAY = 86_400_000;

/** Columns from [start, end, lanes] triples, sorted by start as buildColumns would. */
function columnsOf(rows: [number, number, number[]][]): EventColumns {
  const sorted = rows.map((r, i) => [...r, i] as const).sort((a, b) => a[0] - b[0] || a[3] - b[3]);
  const n = sorted.length;
  const actorOffsets = new Uint32Array(n + 1);
  const actors: number[] = [];
  sorted.forEach(([, , lanes], i) => {
    actorOffsets[i] = actors.length;
    actors.push(...lanes);
  });
  actorOffsets[n] = actors.length;
  return {
    count: n,
    start: Float64Array.from(sorted, (r) => r[0]),
    end: Float64Array.from(sorted, (r) => r[1]),
    precision: new Uint8Array(n).fill(2),
    isRange: new Uint8Array(n),
    category: new Uint16Array(n),
    importance: new Uint8Array(n).fill(1),
    actorOffsets,
    actorIndices: Uint16Array.from(actors),
  };
}

function collect(query: (visit: (row: number) => void) => void): number[] {
  const rows: number[] = [];
  query((row) => rows.push(row));
  return rows;
}

/** The rows a plain scan finds: [start, end) intersects [t0, t1), optionally in one lane. */
function scan(c: EventColumns, t0: number, t1: number, lane?: number): number[] {
  const rows: number[] = [];
  for (let i = 0; i < c.count; i++) {
    const inLane = lane === undefined || c.actorIndices.subarray(c.actorOffsets[i], c.actorOffsets[i + 1]).includes(lane);
    if (inLane && c.start[i] < t1 && c.end[i] > t0) rows.push(i);
  }
  return rows;
}

describe('buildEventIndex', () => {
  const c = columnsOf([
    [0, DAY, [0]],
    [5 * DAY, 6 * DAY, [1]],
    [-1000 * DAY, 3000 * DAY, [0, 1]], // a decade-long range
    [10 * DAY, 11 * DAY, [0]],
    [10 * DAY, 10 * DAY + 60_000, [1]],
  ]);
  const index = buildEventIndex(c, 3);

  it('lists each lane by end too, a zero-length event ending just after its start', () => {
    const zero = columnsOf([
      [5 * DAY, 6 * DAY, [0]],
      [0, 9 * DAY, [0]],
      [2 * DAY, 2 * DAY, [0]],
    ]);
    // Rows by start: 0 = [0, 9d), 1 = [2d, 2d], 2 = [5d, 6d).
    expect(Array.from(buildEventIndex(zero, 1).laneRowsByEnd(0))).toEqual([1, 2, 0]);
    // The decade-long range (row 0) starts first but ends last.
    expect(Array.from(index.laneRowsByEnd(1))).toEqual([2, 4, 0]);
    // And the times in those orders, for counting by binary search.
    expect(Array.from(index.laneStarts(1))).toEqual([c.start[0], c.start[2], c.start[4]]);
    expect(Array.from(index.laneEnds(1))).toEqual([c.end[2], c.end[4], c.end[0]]);
    expect(Array.from(buildEventIndex(zero, 1).laneEnds(0))).toEqual([2 * DAY + 1, 6 * DAY, 9 * DAY]);
  });

  it('lists each lane in start order', () => {
    expect(Array.from(index.laneRows(0))).toEqual([0, 1, 3]);
    expect(Array.from(index.laneRows(1))).toEqual([0, 2, 4]);
    expect(Array.from(index.laneRows(2))).toEqual([]);
  });

  it('finds events overlapping a window, including a long range that started long before', () => {
    expect(collect((v) => index.forEachInWindowAll(4 * DAY, 7 * DAY, v))).toEqual([0, 2]);
    expect(collect((v) => index.forEachInWindow(0, 4 * DAY, 7 * DAY, v))).toEqual([0]);
    expect(collect((v) => index.forEachInWindow(1, 4 * DAY, 7 * DAY, v))).toEqual([0, 2]);
  });

  it('treats the window and the events as half-open', () => {
    // The first event is [0, DAY): a window starting at DAY misses it, one ending at 0 too.
    expect(collect((v) => index.forEachInWindowAll(DAY, 2 * DAY, v))).toEqual([0]);
    expect(collect((v) => index.forEachInWindowAll(-2 * DAY, 0, v))).toEqual([0]);
    expect(collect((v) => index.forEachInWindowAll(5 * DAY, 5 * DAY, v))).toEqual([]);
  });

  it('ignores lanes outside the index', () => {
    expect(collect((v) => index.forEachInWindow(7, -1e15, 1e15, v))).toEqual([]);
  });

  it('agrees with a plain scan for any events, lanes and window (property)', () => {
    const event = fc
      .tuple(
        fc.integer({ min: 0, max: 400 }),
        fc.oneof(fc.constant(1), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 500 })),
        fc.uniqueArray(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 3 }),
      )
      .map(([s, d, lanes]): [number, number, number[]] => [s * DAY, (s + d) * DAY, lanes]);
    fc.assert(
      fc.property(
        fc.array(event, { maxLength: 120 }),
        fc.integer({ min: -50, max: 450 }),
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 0, max: 3 }),
        (rows, from, span, lane) => {
          const cols = columnsOf(rows);
          const idx = buildEventIndex(cols, 4);
          const t0 = from * DAY;
          const t1 = (from + span) * DAY;
          expect(collect((v) => idx.forEachInWindowAll(t0, t1, v))).toEqual(scan(cols, t0, t1));
          expect(collect((v) => idx.forEachInWindow(lane, t0, t1, v))).toEqual(scan(cols, t0, t1, lane));
          // The worker's path: parts built with every lane classified up front, then wrapped.
          const fromParts = eventIndexFromParts(cols, buildEventIndexParts(cols, 4, true));
          expect(collect((v) => fromParts.forEachInWindow(lane, t0, t1, v))).toEqual(scan(cols, t0, t1, lane));
        },
      ),
      { seed: 42, numRuns: 200 },
    );
  });

  it('does not read every row when one event spans everything', () => {
    const n = 5_000;
    const rows: [number, number, number[]][] = [[-1e6 * DAY, 1e6 * DAY, [0]]];
    for (let i = 0; i < n; i++) rows.push([i * DAY, (i + 1) * DAY, [0]]);
    const cols = columnsOf(rows);
    let reads = 0;
    const counting = { ...cols, end: new Proxy(cols.end, { get: (t, k) => (typeof k === 'string' && /^\d+$/.test(k) && reads++, Reflect.get(t, k)) }) } as EventColumns;
    const idx = buildEventIndex(counting, 1);
    reads = 0;
    const found = collect((v) => idx.forEachInWindowAll(500 * DAY, 503 * DAY, v));
    expect(found).toHaveLength(4);
    expect(reads).toBeLessThan(20);
  });
});
