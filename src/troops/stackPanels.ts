import type { Panel } from './groupPanels';

/** Where a panel sits in the chart, in pixels from the top of the SVG. */
export interface PanelBox {
  panel: Panel;
  /** Top of its title line. */
  titleY: number;
  /** Top and bottom of its plot area. */
  top: number;
  bottom: number;
}

/** Sizes of the stacked panels; `titleLine` is each extra line of a wrapped title. */
export const PANEL_SIZES = { main: 170, minor: 64, title: 22, titleLine: 15, axis: 24 } as const;

/**
 * Stacks the panels top to bottom, each under its title (`titleLines[k]` lines tall,
 * one if not given); the shared time axis goes below the last.
 */
export function stackPanels(panels: readonly Panel[], titleLines: readonly number[] = []): { boxes: PanelBox[]; height: number } {
  let y = 0;
  const boxes = panels.map((panel, k) => {
    const titleY = y;
    const top = titleY + PANEL_SIZES.title + PANEL_SIZES.titleLine * Math.max(0, (titleLines[k] ?? 1) - 1);
    const bottom = top + (panel.main ? PANEL_SIZES.main : PANEL_SIZES.minor);
    y = bottom + 10;
    return { panel, titleY, top, bottom };
  });
  const last = boxes[boxes.length - 1];
  return { boxes, height: (last ? last.bottom : 0) + PANEL_SIZES.axis };
}
