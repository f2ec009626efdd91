import { startTransition, useEffect, useState } from 'react';

/**
 * True from a task after the one in which `when` became true (at once when it already
 * held at mount: a page rendered over data already loaded shows it), false as soon as it does not. The render it starts is a transition,
 * which React renders in slices of a few milliseconds: the task that brought the change
 * (the worker's reply with a dataset) commits the store and paints its own small
 * updates, and what mounts behind the flag (the data's views) is not also in that task.
 */
export function useLaterTask(when: boolean): boolean {
  const [held, setHeld] = useState(when);
  // Reset while rendering, not in an effect: the next time `when` holds waits a task again.
  if (!when && held) setHeld(false);
  useEffect(() => {
    if (!when || held) return;
    const timer = setTimeout(() => startTransition(() => setHeld(true)));
    return () => clearTimeout(timer);
  }, [when, held]);
  return when && held;
}
