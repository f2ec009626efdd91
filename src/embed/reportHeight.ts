/** The message an embedded page sends its host whenever its height changes. */
export interface HeightMessage {
  type: 'coalition-timeline:height';
  /** The page's content height, CSS px. */
  height: number;
}

export const HEIGHT_MESSAGE_TYPE = 'coalition-timeline:height';

/**
 * Inside an iframe, tells the parent page the height of `content` whenever it changes
 * (ResizeObserver), so the host can size the frame to fit: the detail opening, a
 * story step with a longer narration, a narrower column. Outside an iframe it does
 * nothing. Any origin may embed the page and only a height is sent, so the target is '*'.
 * Returns the stop.
 */
export function reportHeight(content: Element, win: Window = window): () => void {
  if (win.parent === win || typeof ResizeObserver !== 'function') return () => undefined;
  let last = -1;
  const report = () => {
    const height = Math.ceil(content.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    const message: HeightMessage = { type: HEIGHT_MESSAGE_TYPE, height };
    win.parent.postMessage(message, '*');
  };
  const observer = new ResizeObserver(report);
  observer.observe(content);
  report();
  return () => observer.disconnect();
}
