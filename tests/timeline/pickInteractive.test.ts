import { describe, expect, it } from 'vitest';
import type { TimelineMark } from '../../src/timeline/layoutTimeline';
import { pointShape } from '../../src/timeline/markShapes';
import { pickInteractive } from '../../src/timeline/pickInteractive';

const mark = (row: number, importance: number): TimelineMark => ({
  row,
  laneSlot: 0,
  kind: 'point',
  x0: row,
  x1: row + 10,
  cx: row + 5,
  y: 10,
  importance,
  shape: pointShape(row + 5, 10, importance),
  label: null,
  labelX: 0,
});

describe('pickInteractive', () => {
  it('makes every mark focusable when there are few', () => {
    const marks = [mark(0, 1), mark(1, 3)];
    expect(pickInteractive(marks, [], 5)).toEqual(marks);
  });

  it('caps focusable marks, preferring key events and keeping the hovered one, in screen order', () => {
    const marks = Array.from({ length: 20 }, (_, i) => mark(i, i % 5 === 0 ? 3 : 1));
    const picked = pickInteractive(marks, [19], 6);
    const rows = picked.map((m) => m.row);
    expect(rows).toEqual([0, 1, 5, 10, 15, 19]);
  });
});
