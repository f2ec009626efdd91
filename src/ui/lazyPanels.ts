import { lazy } from 'react';

/*
 * Panels the default page does not show (wide screens put the filters beside the
 * views rather than in a drawer): each is its own chunk, fetched the first time it
 * is needed, so the first load stays under the JavaScript budget. The filter column and
 * the event details are among them although the default page shows both: they mount in
 * the render's second stage (App.tsx), a frame after the lanes are painted, so their code
 * can arrive then; their grid tracks are reserved, so nothing moves when they do.
 */

/** The filter column of wide screens, mounted in the second stage of the data's first render. */
export const LazyFilterPanel = lazy(() => import('./FilterPanel').then((m) => ({ default: m.FilterPanel })));

/** The selected event's details, mounted in the second stage of the data's first render. */
export const LazyEventDetail = lazy(() => import('./EventDetail').then((m) => ({ default: m.EventDetail })));

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

/** The guided story (src/story), loaded when a reader opens it or a link names a step. */
export const LazyStoryPanel = lazy(() => import('../story/StoryPanel').then((m) => ({ default: m.StoryPanel })));

/** The toolbar's Story and Embed controls (and an embed's link to the full timeline), mounted after the first paint. */
export const LazyViewActions = lazy(() => import('./ViewActions').then((m) => ({ default: m.ViewActions })));
