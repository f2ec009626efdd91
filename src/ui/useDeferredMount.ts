import { useEffect, useState } from 'react';

/**
 * False until the first task after the next frame once `when` holds, then true for
 * good: what is mounted behind it renders after the rest of the commit has painted,
 * in a task of its own (not in the frame's callbacks, where the timeline draws),
 * so the data's arrival is not one long task.
 */
export function useDeferredMount(when: boolean): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (!when || ready) return;
    let timer = 0;
    const frame = requestAnimationFrame(() => (timer = window.setTimeout(() => setReady(true))));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [when, ready]);
  return ready;
}
