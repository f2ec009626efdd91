/*
 * The parts of the timeline mounted one frame after its first paint (useDeferredMount):
 * the keyboard and screen-reader tree, the sentence saying what is shown, and the Keys
 * button, and the zoom and pan gestures (useTimeZoom.ts). They are needed at the same
 * moment, so they travel as one chunk: one request and one preamble rather than four.
 */
export { TimelineTree } from '../navigation/TimelineTree';
export { ViewSummary } from '../summary/ViewSummary';
export { KeysHelp } from '../help/KeysHelp';
export { attachTimeZoom } from '../axis/attachTimeZoom';
