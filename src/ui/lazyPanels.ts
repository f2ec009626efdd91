import { lazy } from 'react';

/*
 * Panels the default page does not show (wide screens put the filters beside the
 * views rather than in a drawer): each is its own chunk, fetched the first time it
 * is needed, so the first load stays under the JavaScript budget. The event details
 * are not among them: the default page opens with an event selected.
 */

/** The narrow-screen filter drawer, loaded when the screen is narrow. */
export const LazyFilterDrawer = lazy(() => import('./FilterDrawer').then((m) => ({ default: m.FilterDrawer })));

/** The "Open data" dialog and drop target, loaded on the first press of "Open data" or the first file dragged in. */
export const LazyOpenData = lazy(() => import('../open/OpenData').then((m) => ({ default: m.OpenData })));

/** The body of the "Events in view" section, loaded when the section is first opened. */
export const LazyEventsInViewList = lazy(() =>
  import('./EventsInViewList').then((m) => ({ default: m.EventsInViewList })),
);

/** The phone reading view (cards in date order), loaded on narrow screens. */
export const LazyReadingView = lazy(() => import('../reading/ReadingView').then((m) => ({ default: m.ReadingView })));

/** The "Events in view" section: it mounts a frame after the timeline, with the troop chart. */
export const LazyEventsInView = lazy(() => import('./EventsInView').then((m) => ({ default: m.EventsInView })));

/** The error panel of a failed load: only a failed load needs it. */
export const LazyLoadErrorPanel = lazy(() => import('./LoadErrorPanel').then((m) => ({ default: m.LoadErrorPanel })));
