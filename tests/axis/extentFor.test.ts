import { describe, expect, it } from 'vitest';
import { extentFor } from '../../src/axis/extentFor';

describe('extentFor', () => {
  it('adds 3% of the data span either side', () => {
    expect(extentFor([0, 1000 * 86_400_000])).toEqual([-30 * 86_400_000, 1030 * 86_400_000]);
  });

  it('gives a single instant a month either side, so there is something to zoom', () => {
    const t = Date.UTC(2020, 0, 1);
    expect(extentFor([t, t])).toEqual([t - 30 * 86_400_000, t + 30 * 86_400_000]);
  });
});
