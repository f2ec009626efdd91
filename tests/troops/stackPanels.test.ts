import { describe, expect, it } from 'vitest';
import type { Panel } from '../../src/troops/groupPanels';
import { PANEL_SIZES, stackPanels } from '../../src/troops/stackPanels';

const panels: Panel[] = [
  { unit: 'troops', series: [0], main: true },
  { unit: 'attacks', series: [1], main: false },
];

describe('stackPanels', () => {
  it('stacks panels top to bottom without overlap', () => {
    const { boxes } = stackPanels(panels);
    expect(boxes[1].titleY).toBeGreaterThan(boxes[0].bottom);
  });

  it('moves a panel down by the extra lines of its wrapped title, and the chart grows by as much', () => {
    const one = stackPanels(panels);
    const two = stackPanels(panels, [1, 2]);
    expect(two.boxes[0]).toEqual(one.boxes[0]);
    expect(two.boxes[1].top - two.boxes[1].titleY).toBe(one.boxes[1].top - one.boxes[1].titleY + PANEL_SIZES.titleLine);
    expect(two.height).toBe(one.height + PANEL_SIZES.titleLine);
  });
});
