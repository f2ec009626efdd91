import type { EventColumns } from '../../model/eventColumns';
import type { RowPacking } from '../layoutRows';
import { badgeShape, badgeWidth, type BadgeShape } from '../markShapes';
import type { MarkCandidate } from './markCandidate';

/** A cluster of events that did not fit in their lane. */
export interface TimelineBadge {
  laneSlot: number;
  /** Centre of the badge, px. */
  x: number;
  y: number;
  count: number;
  /** Time span of the cluster, to zoom into. */
  t0: number;
  t1: number;
  /** The events each cover the whole view (long ranges, year-precision dates). */
  spanning: boolean;
  /** What to draw: see markShapes.ts. */
  shape: BadgeShape;
}

/** Space kept between the spanning badge at the right end and positional badges, px. */
const SPANNING_CLEARANCE = 6;

/**
 * Count badges for what packing aggregated: one per overflow cluster at the
 * cluster's centre, and one at the lane's right end counting the events that
 * cover the whole view; positional badges keep clear of that one, and every badge
 * stays inside the view. Each badge carries the time span of its events.
 */
export function laneBadges(
  columns: EventColumns,
  order: readonly MarkCandidate[],
  packing: RowPacking,
  laneSlot: number,
  y: number,
  width: number,
): TimelineBadge[] {
  const { clusters, spanning } = packing;
  const badgeOf = (members: readonly number[], x: number, covers: boolean): TimelineBadge => {
    let c0 = Infinity;
    let c1 = -Infinity;
    for (const m of members) {
      c0 = Math.min(c0, columns.start[order[m].row]);
      c1 = Math.max(c1, columns.end[order[m].row]);
    }
    const half = badgeWidth(members.length) / 2;
    const cx = Math.min(Math.max(x, half), width - half);
    return { laneSlot, x: cx, y, count: members.length, t0: c0, t1: c1, spanning: covers, shape: badgeShape(cx, y, members.length) };
  };
  const badges: TimelineBadge[] = [];
  const reserved = spanning.length ? badgeWidth(spanning.length) + SPANNING_CLEARANCE : 0;
  for (const cl of clusters) {
    const half = badgeWidth(cl.members.length) / 2;
    badges.push(badgeOf(cl.members, Math.min((cl.x0 + cl.x1) / 2, width - reserved - half), false));
  }
  if (spanning.length) badges.push(badgeOf(spanning, width - badgeWidth(spanning.length) / 2 - 2, true));
  return badges;
}
