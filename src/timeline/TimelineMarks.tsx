import { useMemo, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useStore } from 'zustand';
import type { LoadedDataset } from '../model/loadedDataset';
import { appStore, useAppStore } from '../store/appStore';
import type { FrameStore } from './frameStore';
import { HatchPattern } from './HatchPattern';
import type { TimelineBadge, TimelineMark } from './layoutTimeline';
import { diamondPath, shapeBounds, type Box, type MarkShape } from './markShapes';
import { describeEvent } from './markDescription';
import { YEAR_ONE_MS } from '../axis/eraYears';
import { formatAt } from './formatWhen';
import { t } from '../i18n/t';
import { formatCount } from '../i18n/format';
import { zoomToSpan } from './zoomActions';

/** Props of TimelineMarks. */
export interface TimelineMarksProps {
  frame: FrameStore;
  dataset: LoadedDataset;
  actorColors: readonly string[];
  width: number;
  height: number;
}

type Item = { key: string; laneSlot: number; x: number; mark?: TimelineMark; badge?: TimelineBadge };

/** A badge's name; it must not contain "zoom in", which names the zoom button. */
const badgeLabel = (b: TimelineBadge) =>
  t(b.spanning ? 'badgeNameSpanning' : 'badgeName', { count: b.count, from: formatAt(b.t0, 2), to: formatAt(b.t1 - 1, 2, b.t0 < YEAR_ONE_MS) });

const markKey = (m: TimelineMark) => `m${m.row}:${m.laneSlot}`;
const badgeKey = (b: TimelineBadge) => `b${b.laneSlot}:${b.t0}`;

/** Whether focus arrived by keyboard (a click on a mark should not draw the ring). */
function focusVisible(el: Element): boolean {
  try {
    return el.matches(':focus-visible');
  } catch {
    return true;
  }
}

/** Box around an item's shape, for the keyboard focus ring (SVG has no reliable outline). */
const ringFor = (item: Item): Box => shapeBounds(item.badge ? item.badge.shape : item.mark!.shape);

function MarkShapeView({ shape, color, actor }: { shape: MarkShape; color: string; actor: number }) {
  if (shape.type === 'point') {
    return shape.diamond ? (
      <path className="tl-shape" d={diamondPath(shape)} fill={color} />
    ) : (
      <circle className="tl-shape" cx={shape.cx} cy={shape.cy} r={shape.r} fill={color} />
    );
  }
  return (
    <rect
      className={shape.hatched ? 'tl-shape tl-shape--uncertain' : 'tl-shape'}
      x={shape.x}
      y={shape.y}
      width={shape.width}
      height={shape.height}
      rx={shape.rx}
      fill={shape.hatched ? `url(#tl-hatch-${actor})` : color}
      stroke={shape.hatched ? color : undefined}
    />
  );
}

/**
 * The interactive layer: the few marks that can be pressed this frame, and the
 * count badges, as SVG over the canvas. Out of the tab order: the keyboard reaches
 * events through the navigation tree. A press (or Enter/Space on a pressed mark)
 * selects, or zooms into a badge's cluster.
 */
export function TimelineMarks({ frame, dataset, actorColors, width, height }: TimelineMarksProps) {
  const badges = useStore(frame, (s) => s.badges);
  const interactive = useStore(frame, (s) => s.interactive);
  const lanes = useStore(frame, (s) => s.lanes);
  const hoveredRow = useAppStore((s) => s.hoveredRow);
  const selectedId = useAppStore((s) => s.selectedId);
  const selectedRow = useMemo(() => (selectedId === null ? -1 : dataset.text.indexOf(selectedId)), [dataset, selectedId]);
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const [focused, setFocused] = useState(false);
  const svgRef = useRef<SVGSVGElement>(null);

  const items = useMemo(() => {
    // On a new dataset this leaf can render once before the frame store has the new layout:
    // marks of the old one may name rows the new columns do not have.
    const rows = dataset.columns.start.length;
    const list: Item[] = interactive.filter((m) => m.row < rows).map((m) => ({ key: markKey(m), laneSlot: m.laneSlot, x: m.x0, mark: m }));
    for (const b of badges) list.push({ key: badgeKey(b), laneSlot: b.laneSlot, x: b.x, badge: b });
    return list.sort((a, b) => a.laneSlot - b.laneSlot || a.x - b.x);
  }, [interactive, badges, dataset]);

  const hover = (item: Item | null) => {
    const m = item?.mark;
    appStore.getState().setHoveredRow(m ? m.row : -1);
    frame.setState({ hover: m ? { row: m.row, laneSlot: m.laneSlot } : null });
  };
  const activate = (item: Item) => {
    if (item.mark) appStore.getState().select(dataset.text.id(item.mark.row));
    else if (item.badge) zoomToSpan(item.badge.t0, item.badge.t1);
  };
  // Moving between marks by key is the navigation tree's (the one keymap); a mark focused by a
  // press still acts as the button it is.
  const onKeyDown = (event: KeyboardEvent, item: Item) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    event.stopPropagation();
    activate(item);
  };

  const focusedItem = focused ? items.find((i) => i.key === focusKey) : undefined;
  const ring = focusedItem ? ringFor(focusedItem) : null;

  const visibleActors = useMemo(() => [...new Set(lanes.map((l) => l.actor))], [lanes]);

  return (
    <svg ref={svgRef} className="tl-marks" width={width} height={height}>
      <defs>
        {visibleActors.map((a) => (
          <HatchPattern key={a} id={`tl-hatch-${a}`} color={actorColors[a]} />
        ))}
      </defs>
      {items.map((item) => {
        const common = {
          'data-key': item.key,
          'data-tl-interactive': '',
          role: 'button',
          // Not in the tab order: the navigation tree is the timeline's one tab stop (issue 11).
          tabIndex: -1,
          onKeyDown: (e: KeyboardEvent) => onKeyDown(e, item),
          onFocus: (e: FocusEvent<SVGGElement>) => {
            setFocusKey(item.key);
            setFocused(focusVisible(e.currentTarget));
            hover(item);
          },
          onBlur: () => {
            setFocused(false);
            hover(null);
          },
          onMouseEnter: () => hover(item),
          onMouseLeave: () => hover(null),
          onClick: () => activate(item),
        };
        if (item.badge) {
          const b = item.badge;
          const pill = b.shape;
          return (
            <g
              key={item.key}
              {...common}
              className={b.spanning ? 'tl-badge tl-badge--spanning' : 'tl-badge'}
              aria-label={badgeLabel(b)}
            >
              <rect x={pill.x} y={pill.y} width={pill.width} height={pill.height} rx={pill.rx} />
              <text x={pill.cx} y={pill.cy} textAnchor="middle" dy="0.35em">
                +{formatCount(b.count)}
              </text>
            </g>
          );
        }
        const m = item.mark!;
        const actor = lanes[m.laneSlot]?.actor ?? 0;
        const cls = `tl-mark tl-mark--${m.kind}${m.importance === 3 ? ' tl-mark--key' : ''}${m.row === hoveredRow ? ' is-hovered' : ''}${
          m.row === selectedRow ? ' is-selected' : ''
        }`;
        return (
          <g key={item.key} {...common} className={cls} aria-label={describeEvent(dataset, m.row)} aria-pressed={m.row === selectedRow}>
            <MarkShapeView shape={m.shape} color={actorColors[actor]} actor={actor} />
            {m.label && (
              <text className="tl-label" x={m.labelX} y={m.y} dy="0.35em">
                {m.label}
              </text>
            )}
          </g>
        );
      })}
      {focused && ring && (
        <rect className="tl-focus-ring" x={ring.x - 4} y={ring.y - 4} width={ring.width + 8} height={ring.height + 8} rx={6} aria-hidden="true" />
      )}
    </svg>
  );
}
