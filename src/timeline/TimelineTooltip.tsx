import { useStore } from 'zustand';
import type { LoadedDataset } from '../model/loadedDataset';
import type { FrameStore } from './frameStore';
import type { DensityHit } from './hitTest';
import { YEAR_ONE_MS } from '../axis/eraYears';
import { formatAt, formatWhen } from './formatWhen';
import { actorNamesOf } from './markDescription';
import { lastedWords } from '../model/durationWords';
import { t } from '../i18n/tooltips.en';
import { PRECISION_CODES } from '../model/eventColumns';
import { localName, localTitle } from '../i18n/localized';

/** Props of TimelineTooltip. */
export interface TimelineTooltipProps {
  frame: FrameStore;
  dataset: LoadedDataset;
  /** Plot width, px, to keep the tooltip on screen. */
  width: number;
}

/** Count and time span of the stretch of a dense lane under the pointer. */
function DensityTooltip({ hit, width }: { hit: DensityHit; width: number }) {
  const days = (hit.t1 - hit.t0) / 86_400_000;
  const precision = days >= 28 ? 1 : 2;
  const from = formatAt(hit.t0, precision);
  const to = formatAt(hit.t1 - 1, precision, hit.t0 < YEAR_ONE_MS);
  const flipped = hit.x1 > width - 220;
  return (
    <div
      className="tl-tooltip"
      aria-hidden="true"
      style={{ top: hit.y + 14, left: flipped ? undefined : Math.max(0, hit.x0), right: flipped ? Math.max(0, width - hit.x1) : undefined }}
    >
      <div className="tl-tooltip-title">
        {t('tooltipEvents', { count: hit.count })}
      </div>
      <div className="tl-tooltip-when">{from === to ? from : `${from} – ${to}`}</div>
      <div className="tl-tooltip-meta">{t('tooltipTooDense')}</div>
    </div>
  );
}

/** What a mark's date leaves out, by its precision code. */
const PRECISION_NOTE = ['tooltipKnownToYear', 'tooltipKnownToMonth'] as const;

/** Title, date at its precision and actors of the hovered or focused mark, next to it. */
export function TimelineTooltip({ frame, dataset, width }: TimelineTooltipProps) {
  const hover = useStore(frame, (s) => s.hover);
  const layout = useStore(frame, (s) => s.layout);
  const dense = useStore(frame, (s) => s.densityHover);
  const mark = hover && layout?.marks.find((m) => m.row === hover.row && m.laneSlot === hover.laneSlot);
  if (!hover || !mark) return dense ? <DensityTooltip hit={dense} width={width} /> : null;
  const { columns, meta } = dataset;
  const noteKey = PRECISION_NOTE[columns.precision[hover.row]];
  const note = noteKey ? t(noteKey) : '';
  const flipped = mark.cx > width - 260;
  // A range says how long it lasted, at the precision of its dates (this chunk comes on the first hover).
  const precision = PRECISION_CODES[Math.min(columns.precision[hover.row], 2)];
  const lasted = columns.isRange[hover.row] ? lastedWords({ at: columns.start[hover.row], precision }, { at: columns.end[hover.row], precision }) : '';
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
      <div className="tl-tooltip-title">{localTitle(dataset, hover.row)}</div>
      <div className="tl-tooltip-when">
        {formatWhen(columns, hover.row)}
        {lasted && `, ${lasted}`}
        {note && <span className="tl-tooltip-note"> · {note}</span>}
      </div>
      <div className="tl-tooltip-meta">
        {localName(meta.categories[columns.category[hover.row]])} · {actorNamesOf(dataset, hover.row).join(', ')}
      </div>
    </div>
  );
}
