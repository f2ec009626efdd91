import { useEffect } from 'react';
import { appStore, useAppStore } from '../../src/store/appStore';
import { useVisibility } from '../../src/store/visibility';

/**
 * Stand-in for the canvas timeline in jsdom: lists the lanes it was given, which
 * is what the real one draws one row for, and says its first frame is drawn, as the
 * real one does (the panels wait for that).
 */
export function LaneListStub() {
  const visibility = useVisibility();
  const dataset = useAppStore((s) => s.dataset);
  useEffect(() => {
    if (dataset) appStore.getState().setDrawn(dataset);
  }, [dataset]);
  const actors = appStore.getState().dataset?.meta.actors ?? [];
  return (
    <ul aria-label="Timeline lanes">
      {visibility?.lanes.map((i) => <li key={i}>{actors[i].name}</li>)}
    </ul>
  );
}
