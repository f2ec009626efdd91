import { useStore } from 'zustand';
import type { LoadedDataset } from '../model/loadedDataset';
import type { FrameStore } from './frameStore';
import { formatWhen } from './formatWhen';
import { actorNamesOf } from './markDescription';

/** Props of TimelineTooltip. */
export interface TimelineTooltipProps {
  frame: FrameStore;
  dataset: LoadedDataset;
  /** Plot width, px, to keep the tooltip on screen. */
  width: number;
}

const PRECISION_NOTE = ['date known to the year', 'date known to the month', '', ''];

/** Title, date at its precision and actors of the hovered or focused mark, next to it. */
export function TimelineTooltip({ frame, dataset, width }: TimelineTooltipProps) {
  const hover = useStore(frame, (s) => s.hover);
  const layout = useStore(frame, (s) => s.layout);
  const mark = hover && layout?.marks.find((m) => m.row === hover.row && m.laneSlot === hover.laneSlot);
  if (!hover || !mark) return null;
  const { columns, meta } = dataset;
  const note = PRECISION_NOTE[columns.precision[hover.row]];
  const flipped = mark.cx > width - 260;
  return (
    <div
      className="tl-tooltip"
      aria-hidden="true"
      style={{
        top: mark.y + 12,
        left: flipped ? undefined : Math.max(0, mark.cx - 12),
        right: flipped ? Math.max(0, width - mark.cx - 12) : undefined,
      }}
    >
      <div className="tl-tooltip-title">{dataset.text.title(hover.row)}</div>
      <div className="tl-tooltip-when">
        {formatWhen(columns, hover.row)}
        {note && <span className="tl-tooltip-note"> · {note}</span>}
      </div>
      <div className="tl-tooltip-meta">
        {meta.categories[columns.category[hover.row]]?.name} · {actorNamesOf(dataset, hover.row).join(', ')}
      </div>
    </div>
  );
}
