import { describe, expect, it } from 'vitest';
import { binDensity } from '../../../src/timeline/binDensity';
import { DENSITY_BIN_PX, densityBinPx, densityFullScale, laneDensity } from '../../../src/timeline/laneLayout/laneDensity';
import { laneTimesFor } from '../../../src/timeline/laneTimes';
import { allVisible, day, loadDataset } from '../fixture';

const Y2014 = Date.UTC(2014, 0, 1);
const DAY = 86_400_000;

describe('laneDensity', () => {
  it('bins 2 px wide at wide zoom and never narrower than a day', () => {
    expect(densityBinPx(1000, 3650 * DAY)).toBe(DENSITY_BIN_PX);
    expect(densityBinPx(1000, 100 * DAY)).toBe(10);
  });

  it('counts the lane in bins that cover the width and match binning its times directly', () => {
    const d = loadDataset(Array.from({ length: 500 }, (_, i) => ({ id: `e${i}`, date: day(i % 200) })));
    const times = laneTimesFor(d.columns, d.index, 0, allVisible(d));
    const t1 = Y2014 + 400 * DAY;
    const density = laneDensity(2, times, Y2014, t1, 800);
    expect(density.laneSlot).toBe(2);
    expect(density.bins.length * density.binPx).toBeCloseTo(800, 6);
    expect(Array.from(density.bins)).toEqual(Array.from(binDensity(times, Y2014, t1, density.bins.length)));
    expect(density.bins.reduce((s, c) => s + c, 0)).toBe(500);
  });

  it('scales to the 98th percentile of non-empty bins, so one spike does not flatten the rest', () => {
    const bins = new Uint32Array(100).fill(3);
    bins[7] = 1000;
    bins[8] = 0;
    expect(densityFullScale([{ laneSlot: 0, binPx: 2, bins }])).toBe(3);
    expect(densityFullScale([{ laneSlot: 0, binPx: 2, bins: new Uint32Array(4) }])).toBe(0);
  });
});
