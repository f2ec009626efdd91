/**
 * Most lanes the timeline shows before it keeps only the busiest. 20 so the default
 * dataset (15 actors) and files of a similar size show every lane as they are;
 * a file with hundreds of actors (UCDP's 701) shows its 20 busiest until the reader
 * asks for all.
 */
export const LANE_CAP = 20;

/**
 * The `cap` busiest of `actors` (actor indices), busiest first: ranked by `totals`
 * (events per actor index, the whole dataset's, so the lanes do not reshuffle as
 * the reader pans), ties by name in the reader's collation. Returns `actors`
 * itself when there are no more than `cap`, so lanes keep their dataset order.
 */
export function busiestLanes(actors: readonly number[], totals: ArrayLike<number>, names: readonly string[], cap: number): readonly number[] {
  if (actors.length <= cap) return actors;
  const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
  return [...actors].sort((a, b) => (totals[b] ?? 0) - (totals[a] ?? 0) || collator.compare(names[a] ?? '', names[b] ?? '') || a - b).slice(0, cap);
}
