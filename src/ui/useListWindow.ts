import { useLayoutEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent, type RefObject, type UIEvent } from 'react';
import { listSegments, rowOffsets, scrollToShow, windowRows, type ListSegment } from './listWindow';
import { useElementSize } from './useElementSize';

/** Rows drawn beyond each edge of the box, so a short scroll or an arrow key finds its row drawn. */
const OVERSCAN = 8;
/** A one-line row's height before any row is measured (the list's CSS: 1.75rem label, 0.15rem padding). */
const ROW_ESTIMATE = 33;
/** The box's height until layout gives one (jsdom; the first render). */
const VIEWPORT_FALLBACK = { width: 0, height: 384 };

/** Row heights measured at a width, and the height of a row not yet drawn. */
interface Sizes {
  width: number;
  heights: ReadonlyMap<number, number>;
  estimate: number;
}
const NO_HEIGHTS: ReadonlyMap<number, number> = new Map();

/** What a windowed list needs from its hook. */
export interface ListWindow {
  /** The scroll box (the list element). */
  boxRef: RefObject<HTMLUListElement | null>;
  /** Runs of rows to draw (positions into `keys`) and the gaps between them. */
  segments: ListSegment[];
  /** The position whose row Tab enters on (a roving tabindex: the only row with tabIndex 0). */
  active: number;
  onScroll: (event: UIEvent<HTMLElement>) => void;
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  onFocus: (event: FocusEvent<HTMLElement>) => void;
}

/** The row element's attribute naming its key (for measuring and focusing it). */
export const ROW_KEY_ATTR = 'data-row-key';

/**
 * Draws only the rows of a long list that its scroll box shows (plus a few either
 * side), with gaps holding the others' place. Each drawn row is measured after it
 * renders (names wrap, so rows differ); rows not yet drawn count as the first row
 * measured. Keyboard: the list is one Tab stop; Up/Down, Page Up/Down, Home/End move
 * the focus row by row, scrolling it into view; the focused row is always drawn, so
 * focus is never lost to a row that scrolled away.
 *
 * `keys` are the listed rows' stable ids (an item's index in the whole list), so a
 * row's height and the active row survive a search narrowing the list.
 */
export function useListWindow(keys: readonly number[]): ListWindow {
  const boxRef = useRef<HTMLUListElement>(null);
  const { width, height: viewport } = useElementSize(boxRef, VIEWPORT_FALLBACK);
  const [scrollTop, setScrollTop] = useState(0);
  const [activeKey, setActiveKey] = useState<number | null>(null);
  // Measured heights by key, for the width they were measured at (a new width re-wraps the
  // names: every height is measured again). Rows not yet drawn count as the shortest row of
  // the first drawing (most names fit one line).
  const [sizes, setSizes] = useState<Sizes>({ width: -1, heights: new Map(), estimate: ROW_ESTIMATE });
  const heights = sizes.width === width ? sizes.heights : NO_HEIGHTS;
  const focusNext = useRef<number | null>(null);

  const offsets = useMemo(() => rowOffsets(keys.length, (k) => heights.get(keys[k]) ?? sizes.estimate), [keys, heights, sizes.estimate]);
  const found = activeKey === null ? -1 : keys.indexOf(activeKey);
  const active = found >= 0 ? found : 0;
  const range = windowRows(offsets, scrollTop, viewport, OVERSCAN);
  const segments = listSegments(offsets, range, keys.length ? [active] : []);
  const drawn = segments.map((s) => (s.kind === 'rows' ? `${keys[s.start]}+${s.end - s.start}` : '')).join(',');

  useLayoutEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    let next: Map<number, number> | null = null;
    let shortest = Infinity;
    for (const row of box.querySelectorAll<HTMLElement>(`[${ROW_KEY_ATTR}]`)) {
      const h = row.getBoundingClientRect().height;
      if (!h) continue; // no layout (jsdom) or not displayed: keep the estimate
      const key = Number(row.getAttribute(ROW_KEY_ATTR));
      shortest = Math.min(shortest, h);
      if (Math.abs((heights.get(key) ?? -1) - h) > 0.5) (next ??= new Map(heights)).set(key, h);
    }
    if (next) {
      const measured = next;
      setSizes((s) => ({ width, heights: measured, estimate: s.width === -1 && shortest < Infinity ? shortest : s.estimate }));
    }
    if (focusNext.current !== null) {
      box.querySelector<HTMLElement>(`[${ROW_KEY_ATTR}="${focusNext.current}"] input`)?.focus({ preventScroll: true });
      focusNext.current = null;
    }
  }, [drawn, active, heights, width]);

  const moveTo = (k: number) => {
    const box = boxRef.current;
    if (!box || !keys.length) return;
    const next = Math.max(0, Math.min(keys.length - 1, k));
    const top = scrollToShow(offsets, next, box.scrollTop, viewport);
    box.scrollTop = top;
    setScrollTop(top);
    setActiveKey(keys[next]);
    focusNext.current = keys[next];
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey || !(event.target instanceof HTMLInputElement)) return;
    const page = Math.max(1, Math.floor(viewport / sizes.estimate) - 1);
    const to: Record<string, number> = { ArrowDown: active + 1, ArrowUp: active - 1, PageDown: active + page, PageUp: active - page, Home: 0, End: keys.length - 1 };
    if (!(event.key in to)) return;
    event.preventDefault();
    moveTo(to[event.key]);
  };

  const onFocus = (event: FocusEvent<HTMLElement>) => {
    const key = event.target.closest(`[${ROW_KEY_ATTR}]`)?.getAttribute(ROW_KEY_ATTR);
    if (key != null) setActiveKey(Number(key));
  };

  return { boxRef, segments, active, onScroll: (event) => setScrollTop(event.currentTarget.scrollTop), onKeyDown, onFocus };
}
