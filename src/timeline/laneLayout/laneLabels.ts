import type { MarkCandidate } from './markCandidate';
import type { TimelineMark } from './timelineMark';

/** Space between a mark and its label, px. */
export const LABEL_GAP = 4;
/** Least space between two items in a row, px. */
export const MIN_GAP = 3;
/** Longest label given while packing, px. */
export const MAX_LABEL_PX = 200;
/** Filling free room after packing can afford longer labels: they take no row space from anyone. */
export const MAX_FILL_LABEL_PX = 420;
/** A label cut shorter than this many characters is not shown at all. */
const MIN_LABEL_CHARS = 8;

/** Which candidates get a label while packing: each retry of a crowded lane gives fewer. */
export type LabelChoice = 'all' | 'key' | 'none';

/** A title whose first letter is of a right-to-left script (Arabic, Hebrew). */
const RIGHT_TO_LEFT = /^[^A-Za-z\u00c0-\u024f\u0590-\u08ff]*[\u0590-\u08ff]/;

/**
 * Title cut to `maxPx` with an ellipsis, or null when not even a few characters fit.
 * A right-to-left title's ellipsis is followed by a right-to-left mark: labels are drawn
 * in the plot's left-to-right direction (time runs left to right), where a bare "…"
 * after Arabic would show at its right, its start, instead of at its left, where it ends.
 */
export function truncateLabel(title: string, maxPx: number, charWidth: number): string | null {
  const fit = Math.floor(maxPx / charWidth);
  if (fit >= title.length) return title;
  if (fit < MIN_LABEL_CHARS) return null;
  return `${title.slice(0, fit - 1).trimEnd()}…${RIGHT_TO_LEFT.test(title) ? '\u200f' : ''}`;
}

/** A label truncateLabel cut short. */
const isCut = (label: string): boolean => label.endsWith('…') || label.endsWith('…\u200f');

/**
 * Gives candidates labels (all, key events only, or none) that fit before the
 * view's right edge, and widens each footprint (`x1`) to hold its label, so row
 * packing keeps labels clear of the next mark. Resets earlier labels first.
 */
export function labelCandidates(cands: MarkCandidate[], which: LabelChoice, titleOf: (row: number) => string, charWidth: number, width: number): void {
  for (const c of cands) {
    c.x1 = c.barEnd;
    c.label = null;
    if (which === 'none' || (which === 'key' && c.importance !== 3)) continue;
    const room = Math.min(MAX_LABEL_PX, width - c.barEnd - LABEL_GAP);
    const label = truncateLabel(titleOf(c.row), room, charWidth);
    if (label === null) continue;
    c.label = label;
    c.x1 = c.barEnd + LABEL_GAP + label.length * charWidth;
  }
}

/**
 * After packing: gives unlabelled marks a label where their row has room before
 * the next mark, truncated to that room, so a crowded lane still names what it
 * can; and lets a label cut short during packing run on into room its row leaves
 * free (up to MAX_FILL_LABEL_PX). `laneMarks` are one lane's marks ascending by x0.
 */
export function fillLabels(laneMarks: TimelineMark[], titleOf: (row: number) => string, charWidth: number, width: number): void {
  const nextInRow = new Map<number, number>();
  for (let i = laneMarks.length - 1; i >= 0; i--) {
    const m = laneMarks[i];
    const next = nextInRow.get(m.y) ?? width;
    if (m.label === null) {
      const room = Math.min(MAX_LABEL_PX, next - MIN_GAP - m.labelX);
      m.label = truncateLabel(titleOf(m.row), room, charWidth);
    } else if (isCut(m.label)) {
      const longer = truncateLabel(titleOf(m.row), Math.min(MAX_FILL_LABEL_PX, next - MIN_GAP - m.labelX), charWidth);
      if (longer !== null && longer.length > m.label.length) m.label = longer;
    }
    nextInRow.set(m.y, m.x0);
  }
}
