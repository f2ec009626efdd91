import { describe, expect, it } from 'vitest';
import type { EventColumns } from '../../src/model/eventColumns';
import type { EventIndex } from '../../src/model/eventIndex';
import { laneTimesFor } from '../../src/timeline/laneTimes';
import { layoutLanes } from '../../src/timeline/layoutLanes';
import { layoutTimeline } from '../../src/timeline/layoutTimeline';
import { allVisible, day, loadDataset } from './fixture';

const Y2014 = Date.UTC(2014, 0, 1);
const DAY = 86_400_000;

/** Counts element reads of the typed arrays handed out, by row index: what a layout touches, as a count, not a time. */
function readCounter() {
  const rowsRead = new Set<number>();
  let reads = 0;
  const wrap = <T extends object>(array: T): T =>
    new Proxy(array, {
      get(target, key) {
        if (typeof key === 'string' && /^\d+$/.test(key)) {
          reads++;
          rowsRead.add(Number(key));
        }
        const value = Reflect.get(target, key, target) as unknown;
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
  const columns = (c: EventColumns): EventColumns => {
    const counted = { ...c } as Record<string, unknown>;
    for (const [name, value] of Object.entries(c)) if (ArrayBuffer.isView(value)) counted[name] = wrap(value);
    return counted as unknown as EventColumns;
  };
  const index = (i: EventIndex): EventIndex => ({
    laneRows: (lane) => wrap(i.laneRows(lane)),
    laneRowsByEnd: (lane) => wrap(i.laneRowsByEnd(lane)),
    laneStarts: (lane) => wrap(i.laneStarts(lane)),
    laneEnds: (lane) => wrap(i.laneEnds(lane)),
    laneKeyRows: (lane) => wrap(i.laneKeyRows(lane)),
    forEachInWindow: (lane, t0, t1, visit) => i.forEachInWindow(lane, t0, t1, (row) => (reads++, rowsRead.add(-1 - row), visit(row))),
    forEachInWindowAll: (t0, t1, visit) => i.forEachInWindowAll(t0, t1, visit),
  });
  const reset = () => {
    rowsRead.clear();
    reads = 0;
  };
  return { columns, index, reset, reads: () => reads, rowsRead };
}

describe('layoutTimeline reads only what the window needs', () => {
  // 20,000 events a day apart on one lane, one in 97 a key event.
  const n = 20_000;
  const d = loadDataset(
    Array.from({ length: n }, (_, i) => ({ id: `e${i}`, date: day(i), importance: i % 97 === 0 ? (3 as const) : (1 as const) })),
  );
  const { lanes } = layoutLanes([0], 200);

  const layoutWindow = (from: number, to: number, width: number) => {
    const counter = readCounter();
    const columns = counter.columns(d.columns);
    const index = counter.index(d.index);
    // A fresh mask: the lane's time arrays are built from the counted index once, as on a filter change, then not counted.
    const mask = allVisible(d);
    laneTimesFor(columns, index, 0, mask);
    counter.reset();
    const layout = layoutTimeline({ columns, index, mask, titleOf: (r) => d.text.title(r), lanes, domain: [from, to], width });
    return { layout, ...counter };
  };

  it('visits only the rows of a zoomed-in window, not the dataset', () => {
    const from = Y2014 + 5000 * DAY;
    const { layout, rowsRead } = layoutWindow(from, from + 40 * DAY, 1000);
    expect(layout.marks.length).toBeGreaterThan(30);
    const visited = [...rowsRead].filter((r) => r < 0).map((r) => -1 - r);
    expect(visited.length).toBeGreaterThan(30);
    expect(visited.length).toBeLessThanOrEqual(41);
    for (const row of visited) expect(d.columns.end[row]).toBeGreaterThan(from);
    // Columns are read for the visited rows and the few the key-event and badge steps touch, never a scan.
    expect(rowsRead.size).toBeLessThan(200);
  });

  it('bins a dense window by bisection: reads grow with the bins, not with the events in view', () => {
    const { layout, reads } = layoutWindow(Y2014, Y2014 + n * DAY, 200);
    expect(layout.density).toHaveLength(1);
    const bins = layout.density[0].bins.length;
    expect(bins).toBe(100);
    // Two bisections per bin edge over 20,000 starts (about 15 reads each), no per-event pass.
    expect(reads()).toBeLessThan(bins * 2 * 17 + 200);
    expect(reads()).toBeLessThan(n / 4);
  });
});
