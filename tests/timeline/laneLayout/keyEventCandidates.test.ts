import { describe, expect, it } from 'vitest';
import { keyEventCandidates, KEY_EVENT_SPACING_PX } from '../../../src/timeline/laneLayout/keyEventCandidates';
import { laneTimesFor } from '../../../src/timeline/laneTimes';
import { allVisible, day, loadDataset } from '../fixture';

const Y2014 = Date.UTC(2014, 0, 1);
const DAY = 86_400_000;

describe('keyEventCandidates', () => {
  it('keeps key events in the window and a key range still under way at its start', () => {
    const d = loadDataset([
      { id: 'long-key', date: day(0), end: day(60), importance: 3 },
      { id: 'over-key', date: day(1), end: day(5), importance: 3 },
      { id: 'in-key', date: day(40), importance: 3 },
      { id: 'plain', date: day(41) },
      { id: 'late-key', date: day(90), importance: 3 },
    ]);
    const t0 = Y2014 + 30 * DAY;
    const t1 = Y2014 + 60 * DAY;
    const times = laneTimesFor(d.columns, d.index, 0, allVisible(d));
    const cands = keyEventCandidates(d.columns, times, t0, t1, 600, (t) => ((t - t0) / (t1 - t0)) * 600);
    expect(cands.map((c) => d.text.id(c.row))).toEqual(['long-key', 'in-key']);
  });

  it('drops them all when there are more than one per spacing of the width (the width cap)', () => {
    const width = 240;
    const cap = width / KEY_EVENT_SPACING_PX;
    const d = loadDataset(Array.from({ length: cap + 1 }, (_, i) => ({ id: `k${i}`, date: day(i), importance: 3 as const })));
    const times = laneTimesFor(d.columns, d.index, 0, allVisible(d));
    const x = (t: number) => ((t - Y2014) / (30 * DAY)) * width;
    expect(keyEventCandidates(d.columns, times, Y2014, Y2014 + 30 * DAY, width, x)).toEqual([]);
    expect(keyEventCandidates(d.columns, times, Y2014, Y2014 + cap * DAY, width, x)).toHaveLength(cap);
  });
});
