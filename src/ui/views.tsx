import { lazy } from 'react';

/**
 * The views the shell arranges, behind one seam so tests can swap the canvas
 * views for lightweight stand-ins.
 */
export { Timeline as TimelineView } from '../timeline/Timeline';

/**
 * The troop chart mounts a frame after the timeline has painted (useDeferredMount),
 * so its code is a chunk of its own, fetched then: the timeline's first paint does not
 * wait for the chart's JavaScript.
 */
export const TroopChartView = lazy(() => import('../troops/TroopChart').then((m) => ({ default: m.TroopChart })));
