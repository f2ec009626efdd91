import { describe, expect, it } from 'vitest';
import { fillLabels, LABEL_GAP, labelCandidates, MAX_LABEL_PX, truncateLabel } from '../../../src/timeline/laneLayout/laneLabels';
import type { MarkCandidate } from '../../../src/timeline/laneLayout/markCandidate';
import type { TimelineMark } from '../../../src/timeline/laneLayout/timelineMark';
import { pointShape } from '../../../src/timeline/markShapes';

const TITLES = ['Operation to retake Mosul begins', 'Short', 'A key meeting in Baghdad'];
const titleOf = (row: number) => TITLES[row];

const cand = (row: number, x0: number, importance = 1): MarkCandidate => ({
  row, kind: 'point', x0, x1: x0 + 10, cx: x0 + 5, barEnd: x0 + 10, importance, label: null,
});
const mark = (row: number, x0: number, y: number, label: string | null): TimelineMark => ({
  row, laneSlot: 0, kind: 'point', x0, x1: x0 + 10, cx: x0 + 5, y, importance: 1, shape: pointShape(x0 + 5, y, 1), label, labelX: x0 + 10 + LABEL_GAP,
});

describe('truncateLabel', () => {
  it('ends a title that does not fit with an ellipsis', () => {
    expect(truncateLabel('Operation to retake Mosul begins', 64, 6.4)).toBe('Operation…');
    expect(truncateLabel('Short', 64, 6.4)).toBe('Short');
    expect(truncateLabel('Anything', 12, 6.4)).toBeNull();
  });

  it('keeps an Arabic title\'s ellipsis at its end, the left, in the plot\'s left-to-right drawing', () => {
    // A right-to-left mark after the ellipsis makes it take the title's direction.
    expect(truncateLabel('الجولة الأولى من المحادثات الأمريكية العراقية', 64, 6.4)).toBe('الجولة ال…\u200f');
    // A Latin title inside an Arabic page gets none.
    expect(truncateLabel('Operation to retake Mosul begins', 64, 6.4)).toBe('Operation…');
  });
});

describe('labelCandidates', () => {
  it('labels all or only key events and widens each footprint by its label', () => {
    const cands = [cand(0, 0), cand(1, 300), cand(2, 600, 3)];
    labelCandidates(cands, 'all', titleOf, 5, 2000);
    expect(cands.map((c) => c.label)).toEqual([truncateLabel(TITLES[0], MAX_LABEL_PX, 5), 'Short', truncateLabel(TITLES[2], MAX_LABEL_PX, 5)]);
    expect(cands[1].x1).toBe(cands[1].barEnd + LABEL_GAP + 5 * 5);
    labelCandidates(cands, 'key', titleOf, 5, 2000);
    expect(cands.map((c) => c.label)).toEqual([null, null, TITLES[2]]);
    expect(cands[0].x1).toBe(cands[0].barEnd);
    labelCandidates(cands, 'none', titleOf, 5, 2000);
    expect(cands.every((c) => c.label === null && c.x1 === c.barEnd)).toBe(true);
  });

  it('cuts a label at the right edge of the view', () => {
    const cands = [cand(0, 900)];
    labelCandidates(cands, 'all', titleOf, 5, 1000);
    expect(cands[0].x1).toBeLessThanOrEqual(1000);
    expect(cands[0].label?.endsWith('…')).toBe(true);
  });
});

describe('fillLabels', () => {
  it('labels an unlabelled mark up to the next mark in its row, and not past it', () => {
    const marks = [mark(0, 0, 10, null), mark(1, 120, 10, null), mark(2, 60, 30, null)];
    marks.sort((a, b) => a.x0 - b.x0);
    fillLabels(marks, titleOf, 5, 1000);
    const first = marks.find((m) => m.row === 0)!;
    expect(first.label).not.toBeNull();
    expect(first.labelX + first.label!.length * 5).toBeLessThanOrEqual(120);
    // Row y=30 is free to the right edge.
    expect(marks.find((m) => m.row === 2)!.label).toBe(TITLES[2]);
  });

  it('lets a label cut short during packing run on into free room', () => {
    const marks = [mark(2, 0, 10, 'A key…')];
    fillLabels(marks, titleOf, 5, 1000);
    expect(marks[0].label).toBe(TITLES[2]);
  });
});
