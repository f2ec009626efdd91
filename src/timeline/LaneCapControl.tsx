import { appStore, useAppStore } from '../store/appStore';
import { t } from '../i18n/laneCap.en';

/** Props of LaneCapControl. */
export interface LaneCapControlProps {
  /** Actors the filters leave visible (more than LANE_CAP). */
  visibleActors: number;
}

/**
 * Says that only the busiest actors have lanes, with a button for all of them (and
 * back). Mounted only when there are more actors than the lane cap (LANE_CAP, or a link's `lanes=N`), so the default
 * page never fetches it.
 */
export default function LaneCapControl({ visibleActors }: LaneCapControlProps) {
  const allLanes = useAppStore((s) => s.allLanes);
  const cap = useAppStore((s) => s.laneCap);
  const { setAllLanes } = appStore.getState();
  return (
    <p className="tl-lane-cap" data-testid="lane-cap">
      <span>
        {allLanes
          ? t('laneCapAll', { count: visibleActors })
          : t('laneCapBusiest', { cap, count: visibleActors })}
      </span>{' '}
      <button type="button" className="button button-quiet" onClick={() => setAllLanes(!allLanes)}>
        {allLanes ? t('laneCapShowTop', { cap }) : t('laneCapShowAll', { count: visibleActors })}
      </button>
    </p>
  );
}
