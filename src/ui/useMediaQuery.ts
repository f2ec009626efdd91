import { useSyncExternalStore } from 'react';

/**
 * Whether a media query matches, live. Without matchMedia (tests, very old
 * browsers) it answers `fallback`.
 */
export function useMediaQuery(query: string, fallback = true): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = mediaQueryList(query);
      if (!list) return () => {};
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => mediaQueryList(query)?.matches ?? fallback,
    () => fallback,
  );
}

/**
 * One MediaQueryList per query for the page's life: the app renders on every load
 * progress message and reads three queries each time, and a new matchMedia per read
 * cost 12-17 ms a render in profiles of a load (issue 9).
 */
const lists = new Map<string, MediaQueryList>();
/** The matchMedia the lists came from (tests stand in their own). */
let listsOf: typeof window.matchMedia | null = null;
function mediaQueryList(query: string): MediaQueryList | null {
  if (typeof window.matchMedia !== 'function') return null;
  if (listsOf !== window.matchMedia) {
    lists.clear();
    listsOf = window.matchMedia;
  }
  let list = lists.get(query);
  if (!list) lists.set(query, (list = window.matchMedia(query)));
  return list;
}

/** A phone: the reading list replaces the lanes unless the reader asks for the timeline. */
export const PHONE_QUERY = '(max-width: 599px)';

/** Wide enough for the filter panel beside the timeline. */
export const WIDE_QUERY = '(min-width: 1024px)';

/** Wide enough for the event details as a third column beside filters and views. */
export const DETAIL_BESIDE_QUERY = '(min-width: 1280px)';
