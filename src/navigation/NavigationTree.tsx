import { useEffect, useId, useLayoutEffect, useRef, useState, type CSSProperties, type KeyboardEvent, type ReactNode } from 'react';
import { keyMove, type TimeDirection } from '../axis/keymap';
import { showSpan, shownSpan } from '../axis/shownSpan';
import { zoomAround } from '../timeline/zoomActions';
import './tree.css';

/**
 * What a navigation tree shows, level by level. `L` is one level: the siblings of one
 * item (the lanes, a lane's periods, a period's events; the series, a series' steps,
 * a step's figures). Only the focused path is ever built.
 */
export interface TreeModel<L> {
  /** The top level (lanes, series). */
  root: L;
  size(level: L): number;
  /** The children of item `index`, or null for a leaf. */
  children(level: L, index: number): L | null;
  /** Whether the item has children to go into, without building them. */
  expandable(level: L, index: number): boolean;
  label(level: L, index: number): string;
  /** The time the item covers, [from, to) in ms; null for one that stands for no time (a lane, a series). */
  span(level: L, index: number): readonly [number, number] | null;
  /** Index of the item of `level` holding the instant `t`, else the nearest one. */
  near(level: L, t: number): number;
  /** Whether a leaf is selected; undefined where items are not selectable. */
  selected(level: L, index: number): boolean | undefined;
  /** Enter or Space on a leaf (open an event, show a figure's source). */
  activate(level: L, index: number): void;
}

/** Props of {@link NavigationTree}. */
export interface NavigationTreeProps<L> {
  model: TreeModel<L>;
  /** A new value when the items change (zoom, filters): focus moves to the same instant in the new tree. */
  version: unknown;
  label: string;
  /** How to use it, in words: the tree's description (read when it takes focus). */
  help: string;
  className?: string;
  style?: CSSProperties;
  /** Which way time runs: the arrows' earlier and later follow it (the one keymap). */
  direction?: TimeDirection;
  /** After each move while focus is inside (null when it leaves): scroll a lane into view, show the figure. */
  onFocusItem?: (focus: { path: readonly number[]; levels: readonly L[] } | null, tree: HTMLUListElement) => void;
}

/** Siblings rendered either side of the one on the focused path (the rest exist only as aria-setsize). */
const WINDOW = 6;

/**
 * A keyboard and screen-reader tree over time (issue 11): one tab stop; Down or Enter
 * goes in, Up or Escape comes out, Left/Right move in time, Shift+Up/Down go to the
 * same time in the next top-level item, Home/End, +/- zoom around the focused item;
 * keys through the one keymap (src/axis/keymap.ts). Only the focused path and a few
 * siblings either side are in the DOM, with aria-posinset/aria-setsize giving the
 * real positions; focus is not selection (aria-selected on selectable leaves only).
 * The view pans to keep the focused item on screen and its own text shows, so focus
 * is never on something hidden.
 */
export function NavigationTree<L>({ model, version, label, help, className, style, direction = 'ltr', onFocusItem }: NavigationTreeProps<L>) {
  const [path, setPath] = useState<number[]>([0]);
  const [focusWithin, setFocusWithin] = useState(false);
  const treeRef = useRef<HTMLUListElement>(null);
  const idBase = `nav-tree${useId().replace(/[^\w-]/g, '')}`;

  /** The levels along a path: levels[d] holds the siblings of path[d]. */
  const resolve = (p: readonly number[]): L[] => {
    const levels: L[] = [model.root];
    for (let d = 0; d + 1 < p.length; d++) {
      const next = model.children(levels[d], p[d]);
      if (!next || model.size(next) === 0) break;
      levels.push(next);
    }
    return levels;
  };

  /** A path from top-level item `slot` going `depth` levels down towards the instant `t`. */
  const pathAt = (slot: number, t: number, depth: number): number[] => {
    const out = [slot];
    let level: L = model.root;
    while (out.length < depth) {
      const next = model.children(level, out[out.length - 1]);
      if (!next || model.size(next) === 0) break;
      out.push(Math.max(0, model.near(next, t)));
      level = next;
    }
    return out;
  };

  const levels = resolve(path);
  const valid = path.length === levels.length && path.every((i, d) => i >= 0 && i < model.size(levels[d]));
  const depth = levels.length - 1;
  const focusedLevel = levels[depth];
  const focusedIndex = path[depth] ?? 0;
  const span = valid ? model.span(focusedLevel, focusedIndex) : null;
  // The instant the focused item stands for, kept across zooms and filter changes.
  const pivot = useRef<number | null>(null);
  const spanStart = span?.[0] ?? null;
  const rootSize = model.size(model.root);

  // New items (a zoom, a filter): the same instant in the new tree. Declared before the
  // effect below, so it reads the instant of the item focused before the change.
  useEffect(() => {
    setPath((p) => {
      const slot = Math.min(p[0], Math.max(0, rootSize - 1));
      return pivot.current === null || p.length === 1 ? [slot] : pathAt(slot, pivot.current, p.length);
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [version]);
  useEffect(() => {
    if (spanStart !== null) pivot.current = spanStart;
  }, [spanStart]);

  const onFocusRef = useRef(onFocusItem);
  useEffect(() => {
    onFocusRef.current = onFocusItem;
  });
  useLayoutEffect(() => {
    const tree = treeRef.current;
    if (!tree) return;
    if (!focusWithin) {
      onFocusRef.current?.(null, tree);
      return;
    }
    const el = document.getElementById(`${idBase}-${path.join('-')}`);
    if (el && el !== document.activeElement) el.focus({ preventScroll: true });
    onFocusRef.current?.({ path, levels: resolve(path) }, tree);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [path, focusWithin, idBase, version]);

  /** Pans (keeping the zoom) so that the item at `p` is on screen. */
  const reveal = (p: number[]) => {
    const ls = resolve(p);
    const s = model.span(ls[ls.length - 1], p[ls.length - 1]);
    if (!s) return;
    const [d0, d1] = shownSpan.getState().domain;
    const end = Math.min(s[1], s[0] + (d1 - d0));
    if (s[0] >= d0 && end <= d1) return;
    const width = d1 - d0;
    const centre = (s[0] + end) / 2;
    showSpan([centre - width / 2, centre + width / 2], { animate: true });
  };
  const go = (p: number[]) => {
    setPath(p);
    reveal(p);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (!valid) return;
    const size = model.size(focusedLevel);
    const at = (i: number) => [...path.slice(0, depth), Math.max(0, Math.min(size - 1, i))];
    const leaf = !model.expandable(focusedLevel, focusedIndex);
    let move = keyMove('tree', e, direction);
    if (move === 'open' && !leaf) move = 'in';
    switch (move) {
      case 'next-group':
      case 'previous-group': {
        const slot = Math.max(0, Math.min(rootSize - 1, path[0] + (move === 'next-group' ? 1 : -1)));
        go(pivot.current === null ? [slot] : pathAt(slot, pivot.current, path.length));
        break;
      }
      case 'in': {
        const children = leaf ? null : model.children(focusedLevel, focusedIndex);
        if (children && model.size(children) > 0) go([...path, 0]);
        break;
      }
      case 'open':
        model.activate(focusedLevel, focusedIndex);
        break;
      case 'out':
        // At the top, Escape is not the tree's: it closes what is open (src/ui/escapeStack.ts).
        if (depth === 0 && e.key === 'Escape') return;
        if (depth > 0) setPath(path.slice(0, depth));
        break;
      case 'earlier':
      case 'later':
        go(at(focusedIndex + (move === 'later' ? 1 : -1)));
        break;
      case 'first':
        go(at(0));
        break;
      case 'last':
        go(at(size - 1));
        break;
      case 'zoom-in':
      case 'zoom-out': {
        const { domain } = shownSpan.getState();
        zoomAround(span ? (span[0] + span[1]) / 2 : (domain[0] + domain[1]) / 2, move === 'zoom-in' ? 2 : 0.5);
        break;
      }
      default:
        return;
    }
    e.preventDefault();
    e.stopPropagation();
  };

  const renderLevel = (d: number): ReactNode => {
    const level = levels[d];
    const size = model.size(level);
    const current = path[d];
    const items = [];
    for (let i = Math.max(0, current - WINDOW), to = Math.min(size, current + WINDOW + 1); i < to; i++) {
      const itemPath = [...path.slice(0, d), i];
      const id = `${idBase}-${itemPath.join('-')}`;
      const onPath = i === current;
      const isFocus = onPath && d === depth;
      const expandable = model.expandable(level, i);
      const itemSpan = model.span(level, i);
      items.push(
        <li
          key={i}
          id={id}
          role="treeitem"
          aria-level={d + 1}
          aria-posinset={i + 1}
          aria-setsize={size}
          aria-labelledby={`${id}-label`}
          aria-expanded={expandable ? onPath && d < depth : undefined}
          aria-selected={expandable ? undefined : model.selected(level, i)}
          data-t0={itemSpan?.[0]}
          data-t1={itemSpan?.[1]}
          tabIndex={isFocus ? 0 : -1}
          onFocus={(e) => {
            if (e.target === e.currentTarget && !isFocus) setPath(itemPath);
          }}
        >
          <span id={`${id}-label`} className="nav-tree-label">
            {model.label(level, i)}
          </span>
          {onPath && d < depth && <ul role="group">{renderLevel(d + 1)}</ul>}
        </li>,
      );
    }
    return items;
  };

  if (rootSize === 0) return null;
  return (
    <>
    <p id={`${idBase}-help`} className="visually-hidden">
      {help}
    </p>
    <ul
      ref={treeRef}
      className={className ? `nav-tree ${className}` : 'nav-tree'}
      role="tree"
      aria-label={label}
      aria-describedby={`${idBase}-help`}
      style={style}
      onKeyDown={onKeyDown}
      onFocus={() => setFocusWithin(true)}
      onBlur={(e) => {
        if (!treeRef.current?.contains(e.relatedTarget as Node | null)) setFocusWithin(false);
      }}
    >
      {renderLevel(0)}
    </ul>
    </>
  );
}
