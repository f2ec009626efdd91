import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';

/**
 * Whether `target` is on screen, as a ref read when needed (it never re-renders):
 * true until the first IntersectionObserver report, and always where there is none.
 * `onShown` runs each time the element comes into view. For views that follow every
 * frame of a gesture by moving what they drew: off screen that is style and layout
 * work nobody sees.
 */
export function useOnScreen(target: RefObject<Element | null>, onShown?: () => void): RefObject<boolean> {
  const onScreen = useRef(true);
  const shownRef = useRef(onShown);
  useLayoutEffect(() => {
    shownRef.current = onShown;
  });
  useEffect(() => {
    const el = target.current;
    if (!el || typeof IntersectionObserver !== 'function') return;
    const observer = new IntersectionObserver((entries) => {
      const entry = entries[entries.length - 1];
      const was = onScreen.current;
      onScreen.current = entry.isIntersecting;
      if (entry.isIntersecting && !was) shownRef.current?.();
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
      onScreen.current = true;
    };
  }, [target]);
  return onScreen;
}
