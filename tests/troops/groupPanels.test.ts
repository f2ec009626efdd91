import { describe, expect, it } from 'vitest';
import type { Series } from '../../src/model/types';
import { groupPanels } from '../../src/troops/groupPanels';

const s = (id: string, unit: string): Series => ({ id, name: id, unit, points: [] });

describe('groupPanels', () => {
  it('never puts troops and attacks on one y axis, and gives troops the main panel', () => {
    const panels = groupPanels([s('attacks', 'attacks'), s('iraq', 'troops'), s('syria', 'troops')]);
    expect(panels).toEqual([
      { unit: 'troops', series: [1, 2], main: true },
      { unit: 'attacks', series: [0], main: false },
    ]);
  });

  it('gives the first unit the main panel when there are no troop figures', () => {
    expect(groupPanels([s('a', 'attacks'), s('b', 'aircraft')]).map((p) => [p.unit, p.main])).toEqual([
      ['attacks', true],
      ['aircraft', false],
    ]);
  });
});
