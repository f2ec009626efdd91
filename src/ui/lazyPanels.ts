import { lazy } from 'react';

/*
 * Panels the default page does not show (nothing is selected at first, and wide
 * screens put the filters beside the views rather than in a drawer): each is its
 * own chunk, fetched the first time it is needed, so the first load stays under
 * the JavaScript budget.
 */

/** The selected event's details, loaded on the first selection. */
export const LazyEventDetail = lazy(() => import('./EventDetail').then((m) => ({ default: m.EventDetail })));

/** The narrow-screen filter drawer, loaded when the screen is narrow. */
export const LazyFilterDrawer = lazy(() => import('./FilterDrawer').then((m) => ({ default: m.FilterDrawer })));
