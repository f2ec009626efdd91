import { describe, expect, it } from 'vitest';
import { laneCandidates, markBudget } from '../../../src/timeline/laneLayout/laneCandidates';
import { laneTimesFor } from '../../../src/timeline/laneTimes';
import type { LoadedDataset } from '../../../src/model/loadedDataset';
import { allVisible, day, loadDataset } from '../fixture';

const Y2014 = Date.UTC(2014, 0, 1);
const DAY = 86_400_000;

function lane(d: LoadedDataset, t0: number, t1: number, width: number, rows: number, mask = allVisible(d)) {
  const times = laneTimesFor(d.columns, d.index, 0, mask);
  const x = (t: number) => ((t - t0) / (t1 - t0)) * width;
  return laneCandidates({ columns: d.columns, index: d.index, mask, times, actor: 0, laneSlot: 0, rows, t0, t1, width, x });
}

describe('laneCandidates', () => {
  it('gives one candidate per visible event in the window, in start order, and no density', () => {
    const d = loadDataset([
      { id: 'b', date: day(20) },
      { id: 'a', date: day(10) },
      { id: 'hidden', date: day(15) },
      { id: 'out', date: day(90) },
    ]);
    const mask = allVisible(d);
    mask[d.text.indexOf('hidden')] = 0;
    const content = lane(d, Y2014, Y2014 + 30 * DAY, 600, 3, mask);
    expect(content.density).toBeNull();
    expect(content.candidates.map((c) => d.text.id(c.row))).toEqual(['a', 'b']);
  });

  it('switches to density plus key events when the window holds more than the mark budget', () => {
    const width = 60;
    const rows = 1;
    const n = markBudget(width, rows) + 1;
    const d = loadDataset([...Array.from({ length: n }, (_, i) => ({ id: `e${i}`, date: day(i % 20) })), { id: 'key', date: day(5), importance: 3 }]);
    const content = lane(d, Y2014, Y2014 + 20 * DAY, width, rows);
    expect(content.density?.bins.reduce((s, c) => s + c, 0)).toBe(n + 1);
    expect(content.candidates.map((c) => d.text.id(c.row))).toEqual(['key']);
    // One event fewer and the same lane is marks.
    const fewer = loadDataset(Array.from({ length: n - 1 }, (_, i) => ({ id: `e${i}`, date: day(i % 20) })));
    expect(lane(fewer, Y2014, Y2014 + 20 * DAY, width, rows).density).toBeNull();
  });
});
