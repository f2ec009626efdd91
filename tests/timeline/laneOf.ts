import type { LaneTimes } from '../../src/timeline/laneTimes';

/** A lane's time arrays from [start, end) pairs in any order, as laneTimes would build them. */
export function laneOf(events: [number, number][]): LaneTimes {
  const sorted = [...events].sort((a, b) => a[0] - b[0]);
  return {
    starts: Float64Array.from(sorted, (e) => e[0]),
    ends: Float64Array.from(sorted, (e) => e[1]).sort(),
    keyRows: new Uint32Array(0),
  };
}
