import { useSyncExternalStore } from 'react';

/**
 * Whether a media query matches, live. Without matchMedia (tests, very old
 * browsers) it answers `fallback`.
 */
export function useMediaQuery(query: string, fallback = true): boolean {
  return useSyncExternalStore(
    (onChange) => {
      if (typeof window.matchMedia !== 'function') return () => {};
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => (typeof window.matchMedia === 'function' ? window.matchMedia(query).matches : fallback),
    () => fallback,
  );
}

/** A phone: the reading list replaces the lanes unless the reader asks for the timeline. */
export const PHONE_QUERY = '(max-width: 599px)';

/** Wide enough for the filter panel beside the timeline. */
export const WIDE_QUERY = '(min-width: 1024px)';

/** Wide enough for the event details as a third column beside filters and views. */
export const DETAIL_BESIDE_QUERY = '(min-width: 1280px)';
