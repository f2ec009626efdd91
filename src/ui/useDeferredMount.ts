import { startTransition, useEffect, useState } from 'react';

/**
 * False until the first task after the next frame once `when` holds, then true for
 * good: what is mounted behind it renders after the rest of the commit has painted,
 * in a task of its own (not in the frame's callbacks, where the timeline draws),
 * so the data's arrival is not one long task. It renders as a transition: React
 * yields to the browser every few milliseconds while it renders what mounts (a
 * filter panel of 660 actors, the troop chart), so that is not one long task either.
 */
export function useDeferredMount(when: boolean): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (!when || ready) return;
    let timer = 0;
    const frame = requestAnimationFrame(() => (timer = window.setTimeout(() => startTransition(() => setReady(true)))));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [when, ready]);
  return ready;
}
