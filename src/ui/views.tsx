/**
 * The views the shell arranges, behind one seam so tests can swap the canvas
 * views for lightweight stand-ins.
 */
export { Timeline as TimelineView } from '../timeline/Timeline';
export { TroopChart as TroopChartView } from '../troops/TroopChart';
