import { useEffect, useState } from 'react';
import { shownSpan } from '../axis/shownSpan';

/** Quiet time after the last zoom frame before a summary is rewritten (and announced). */
export const SETTLE_MS = 700;

/**
 * Text computed a slice at a time: each call does one slice of the work and returns
 * the text once it is done, null while work is left. useSettledText runs each slice
 * in a task of its own, so a summary that passes over 10^6 rows is not one long task.
 */
export type TextInSlices = () => string | null;

/**
 * Text computed from the shown span: when its inputs change (`deps`: data, filters),
 * in a task after the frame that shows the change (a summary may pass over every
 * row: a toggle or a keystroke is painted first), and again SETTLE_MS after the last
 * zoom or pan frame, so a polite live region holding it is heard once per settled
 * view, not once per frame. `compute` gives the text, or the slices that make it;
 * a newer view cancels the slices of an older one.
 */
export function useSettledText(compute: (domain: readonly [number, number]) => string | TextInSlices, deps: readonly unknown[]): string {
  const [text, setText] = useState('');
  useEffect(() => {
    let timer = 0;
    const update = () => {
      const made = compute(shownSpan.getState().domain);
      if (typeof made === 'string') return setText(made);
      const slice = () => {
        const done = made();
        if (done === null) timer = window.setTimeout(slice);
        else setText(done);
      };
      slice();
    };
    const frame = requestAnimationFrame(() => (timer = window.setTimeout(update)));
    const off = shownSpan.subscribe((s) => s.domain, () => {
      clearTimeout(timer);
      timer = window.setTimeout(update, SETTLE_MS);
    });
    return () => {
      off();
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return text;
}
