import { useEffect, useRef } from 'react';

/** Closers of what is open, innermost last. */
const stack: (() => void)[] = [];

function onKeyDown(event: KeyboardEvent) {
  // A modal dialog (the filter drawer) owns Escape while it is open: the browser closes it.
  // One marked data-escape-stack (the key list) closes through the stack like the rest.
  if (event.key !== 'Escape' || event.defaultPrevented || !stack.length || document.querySelector('dialog[open]:not([data-escape-stack])')) return;
  event.preventDefault();
  stack[stack.length - 1]();
}

/**
 * Escape in one place: one listener on the document closes the innermost open thing
 * (the event detail, the story, the key list), so a press never closes two at once.
 * Returns the unregister. A tooltip's own dismissal stays with the element that shows it.
 */
export function onEscape(close: () => void): () => void {
  if (!stack.length) document.addEventListener('keydown', onKeyDown);
  stack.push(close);
  return () => {
    const at = stack.lastIndexOf(close);
    if (at >= 0) stack.splice(at, 1);
    if (!stack.length) document.removeEventListener('keydown', onKeyDown);
  };
}

/** Hook: `close` runs on Escape while `open` (and nothing opened later is). */
export function useEscape(close: () => void, open: boolean): void {
  const latest = useRef(close);
  useEffect(() => {
    latest.current = close;
  });
  useEffect(() => (open ? onEscape(() => latest.current()) : undefined), [open]);
}
