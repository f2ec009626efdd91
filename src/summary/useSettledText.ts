import { useEffect, useState } from 'react';
import { shownSpan } from '../axis/shownSpan';

/** Quiet time after the last zoom frame before a summary is rewritten (and announced). */
export const SETTLE_MS = 700;

/**
 * Text computed from the shown span: when its inputs change (`deps`: data, filters),
 * in a task after the frame that shows the change (a summary may pass over every
 * row: a toggle or a keystroke is painted first), and again SETTLE_MS after the last
 * zoom or pan frame, so a polite live region holding it is heard once per settled
 * view, not once per frame.
 */
export function useSettledText(compute: (domain: readonly [number, number]) => string, deps: readonly unknown[]): string {
  const [text, setText] = useState('');
  useEffect(() => {
    let timer = 0;
    const update = () => setText(compute(shownSpan.getState().domain));
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
