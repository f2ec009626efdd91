import { describe, expect, it } from 'vitest';
import { stepAfterPath } from '../../src/troops/stepAfterPath';

describe('stepAfterPath', () => {
  it('holds each value until the next point, then moves to it', () => {
    expect(stepAfterPath([[0, 10], [5, 20], [9, 0]])).toBe('M0,10L5,10L5,20L9,20L9,0');
  });

  it('writes coordinates to three decimals, as d3-shape does', () => {
    expect(stepAfterPath([[0.12345, 10], [5.12351, 20.0004]])).toBe('M0.123,10L5.124,10L5.124,20');
    expect(stepAfterPath([[0, 10], [9.9996, -0.0001]])).toBe('M0,10L10,10L10,0');
  });

  it('draws a flat run when consecutive values are equal', () => {
    expect(stepAfterPath([[0, 7], [3, 7], [6, 7]])).toBe('M0,7L3,7L3,7L6,7L6,7');
  });

  it('is empty for no points and a closed dot for one', () => {
    expect(stepAfterPath([])).toBe('');
    expect(stepAfterPath([[1, 2]])).toBe('M1,2Z');
  });
});
