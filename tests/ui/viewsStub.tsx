import { appStore } from '../../src/store/appStore';
import { useVisibility } from '../../src/store/visibility';

/**
 * Stand-in for the canvas timeline in jsdom: lists the lanes it was given, which
 * is what the real one draws one row for.
 */
export function LaneListStub() {
  const visibility = useVisibility();
  const actors = appStore.getState().dataset?.meta.actors ?? [];
  return (
    <ul aria-label="Timeline lanes">
      {visibility?.lanes.map((i) => <li key={i}>{actors[i].name}</li>)}
    </ul>
  );
}
