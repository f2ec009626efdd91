import { appStore, useAppStore } from '../store/appStore';
import { LANE_CAP } from '../store/busiestLanes';
import { formatCount } from '../ui/datasetLookups';

/** Props of LaneCapControl. */
export interface LaneCapControlProps {
  /** Actors the filters leave visible (more than LANE_CAP). */
  visibleActors: number;
}

/**
 * Says that only the busiest actors have lanes, with a button for all of them (and
 * back). Mounted only when there are more actors than the lane cap, so the default
 * page never fetches it.
 */
export default function LaneCapControl({ visibleActors }: LaneCapControlProps) {
  const allLanes = useAppStore((s) => s.allLanes);
  const { setAllLanes } = appStore.getState();
  return (
    <p className="tl-lane-cap" data-testid="lane-cap">
      <span>
        {allLanes
          ? `Showing all ${formatCount(visibleActors)} actors`
          : `Showing the ${LANE_CAP} busiest of ${formatCount(visibleActors)} actors`}
      </span>{' '}
      <button type="button" className="button button-quiet" onClick={() => setAllLanes(!allLanes)}>
        {allLanes ? `Show top ${LANE_CAP}` : `Show all ${formatCount(visibleActors)}`}
      </button>
    </p>
  );
}
