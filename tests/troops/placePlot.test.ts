import { describe, expect, it } from 'vitest';
import { MIN_LEFT, placePlot } from '../../src/troops/useAlignedPlot';

describe('placePlot', () => {
  it('lines the plot up with the timeline plot: same page left, same width', () => {
    // Chart area starts at x=300 on the page, timeline plot at x=460 and 700 wide.
    expect(placePlot(900, 300, { left: 460, width: 700 })).toEqual({ left: 160, width: 700 });
  });

  it('may reach a little past its area to keep the timeline plot width', () => {
    expect(placePlot(860, 300, { left: 460, width: 720 })).toEqual({ left: 160, width: 720 });
  });

  it('keeps a margin of its own when the timeline leaves no room for the value axis', () => {
    const placed = placePlot(390, 16, { left: 16 + MIN_LEFT - 10, width: 360 });
    expect(placed.left).toBeGreaterThanOrEqual(MIN_LEFT);
    expect(placed.left + placed.width).toBeLessThanOrEqual(390);
  });

  it('keeps a margin of its own before the timeline is drawn', () => {
    const placed = placePlot(800, 100, null);
    expect(placed.left).toBeGreaterThanOrEqual(MIN_LEFT);
    expect(placed.left + placed.width).toBeLessThanOrEqual(800);
  });
});
