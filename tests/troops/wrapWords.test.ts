import { describe, expect, it } from 'vitest';
import { wrapWords } from '../../src/troops/wrapWords';

describe('wrapWords', () => {
  it('keeps a title that fits on one line', () => {
    expect(wrapWords('Troops', 40)).toEqual(['Troops']);
  });

  it('breaks a long title at spaces, no line longer than asked', () => {
    const lines = wrapWords('Reported attacks on US and coalition forces since October 2023', 40);
    expect(lines).toEqual(['Reported attacks on US and coalition', 'forces since October 2023']);
    expect(lines.every((l) => l.length <= 40)).toBe(true);
  });

  it('gives a word longer than a line a line of its own instead of cutting it', () => {
    expect(wrapWords('a Supercalifragilistic b', 10)).toEqual(['a', 'Supercalifragilistic', 'b']);
  });
});
