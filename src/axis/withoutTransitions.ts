import { selection } from 'd3-selection';

/*
 * What d3-zoom takes from d3-transition, for an app that never starts a transition.
 *
 * d3-zoom imports d3-transition for two things: to stop a running transition when a
 * gesture starts (`interrupt(node)`, `selection.interrupt()`), and to animate a
 * double-click or a `zoom.transform(transition, …)`. This app animates the shown span
 * itself (shownSpan.show with `animate`, which honours prefers-reduced-motion) and
 * handles the double-click through it (attachTimeZoom.ts), so no transition is ever
 * started and there is none to stop. The real d3-transition would bring d3-interpolate's
 * value interpolators and d3-color's colour parser with it: 9.2 KB gzipped of the
 * default page's 154, all of it unreachable. vite.config.ts resolves `d3-transition`
 * here, and package.json keeps d3-interpolate at 3.0.1, d3's own release in one module
 * per interpolator: 3.0.2 is one pre-bundled file whose top-level calls (the colour
 * interpolators' factories) no bundler can drop, so d3-zoom's interpolateZoom kept
 * d3-color on the page. The bundle test checks that none of it is loaded.
 */

/** No transition is ever scheduled on a node, so there is never one to interrupt. */
export function interrupt(): void {}

// d3-transition adds this method to every selection; d3-zoom calls it before setting a transform.
(selection.prototype as { interrupt?: () => unknown }).interrupt = function interruptNone(this: unknown) {
  return this;
};
