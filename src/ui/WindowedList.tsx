import type { ReactNode } from 'react';
import { ROW_KEY_ATTR, useListWindow } from './useListWindow';

/** What a windowed row's `<li>` carries: its key, and its place in the whole list for screen readers. */
export interface WindowedRowProps {
  [ROW_KEY_ATTR]: number;
  'aria-setsize': number;
  'aria-posinset': number;
}

/** Props of WindowedList. */
export interface WindowedListProps {
  /** The listed rows' stable keys (an item's index in the whole list), in order. */
  keys: readonly number[];
  className: string;
  /**
   * One row: an `<li>` spreading `row`, whose focusable control takes `tabIndex`
   * (0 for the row Tab enters on, -1 for the others: the list is one Tab stop).
   */
  renderRow: (key: number, row: WindowedRowProps, tabIndex: 0 | -1) => ReactNode;
}

/**
 * A scrolling `<ul>` that draws only the rows in view (useListWindow): hundreds of
 * actors cost a few dozen rows in the document. Every row says its place in the
 * whole list (aria-posinset of aria-setsize); arrows, Page Up/Down and Home/End
 * move between rows, Space ticks as in any checkbox.
 */
export function WindowedList({ keys, className, renderRow }: WindowedListProps) {
  const { boxRef, segments, active, onScroll, onKeyDown, onFocus } = useListWindow(keys);
  return (
    <ul ref={boxRef} className={`${className} is-windowed`} onScroll={onScroll} onKeyDown={onKeyDown} onFocus={onFocus}>
      {/* One flat list of keyed children: a row keeps its element (and the focus) as the gaps around it change. */}
      {segments.flatMap<ReactNode>((segment, n) =>
        segment.kind === 'gap'
          ? [<li key={`gap-${n}`} className="list-gap" aria-hidden="true" style={{ height: segment.height }} />]
          : Array.from({ length: segment.end - segment.start }, (_, i) => {
              const k = segment.start + i;
              return renderRow(keys[k], { [ROW_KEY_ATTR]: keys[k], 'aria-setsize': keys.length, 'aria-posinset': k + 1 }, k === active ? 0 : -1);
            }),
      )}
    </ul>
  );
}
