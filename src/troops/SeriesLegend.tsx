import { FIGURE_KINDS } from '../model/figureKinds';
import type { Estimate, FigureKind, Series } from '../model/types';
import { t } from '../i18n/troops.en';
import { kindLabel } from './figureKind';
import { MarkerShape } from './MarkerShape';
import { PeriodWhisker } from './PeriodWhisker';
import { KIND_DASH, seriesStyle } from './seriesStyle';

/** Props of {@link SeriesLegend}. */
export interface SeriesLegendProps {
  series: readonly Series[];
  hidden: readonly string[];
  onToggle: (id: string) => void;
}

const KEY_COLOR = 'var(--muted, #666)';

/** What the key says of each kind, beyond its name. */
const KIND_KEY = {
  count: 'troopsKeyCount',
  official: 'troopsKeyOfficial',
  ceiling: 'troopsKeyCeiling',
  planned: 'troopsKeyPlanned',
} as const satisfies Record<FigureKind, string>;

/**
 * Series toggles (each drawn with its colour and dash, so colour is never the only
 * cue) and a key to what kind of figure each mark is (only the kinds the data has).
 */
export function SeriesLegend({ series, hidden, onToggle }: SeriesLegendProps) {
  const kinds = new Set<FigureKind>();
  let approximate = false;
  for (const s of series)
    for (const p of s.points) {
      kinds.add(p.kind);
      if (p.estimate === 'approximate') approximate = true;
    }
  const example = (kind: FigureKind, estimate: Estimate = 'exact') => (
    <svg width="34" height="14" aria-hidden="true">
      <line x1="8" x2="34" y1="7" y2="7" stroke={KEY_COLOR} strokeWidth="2" strokeLinecap="round" strokeDasharray={KIND_DASH[kind] || undefined} />
      <g transform={`translate(8,${kind === 'ceiling' ? 4 : 7})`}>
        <MarkerShape kind={kind} estimate={estimate} color={KEY_COLOR} />
      </g>
    </svg>
  );
  return (
    <div className="troops-legend">
      <ul className="troops-legend-series" aria-label={t('troopsLegendSeries')}>
        {series.map((s, i) => {
          const style = seriesStyle(i);
          const shown = !hidden.includes(s.id);
          return (
            <li key={s.id}>
              <button type="button" className="troops-toggle" aria-pressed={shown} onClick={() => onToggle(s.id)}>
                <svg width="28" height="10" aria-hidden="true">
                  <line x1="1" x2="27" y1="5" y2="5" stroke={style.color} strokeWidth="2.5" strokeDasharray={style.lineDash || undefined} />
                </svg>
                <span>{s.name}</span>
              </button>
            </li>
          );
        })}
      </ul>
      <ul className="troops-legend-key" aria-label={t('troopsLegendKey')}>
        {FIGURE_KINDS.filter((k) => kinds.has(k)).map((k) => (
          <li key={k}>
            {example(k)}
            <span>
              <b>{kindLabel(k)}</b>: {t(KIND_KEY[k])}
            </span>
          </li>
        ))}
        {approximate ? (
          <li>
            <svg width="16" height="14" aria-hidden="true">
              <g transform="translate(8,7)"><MarkerShape kind="count" estimate="approximate" color={KEY_COLOR} /></g>
            </svg>
            {t('troopsKeyHollow')}
          </li>
        ) : null}
        <li>
          <svg width="30" height="14" aria-hidden="true">
            <g transform="translate(4,12)"><PeriodWhisker from={0} to={22} color={KEY_COLOR} /></g>
          </svg>
          {t('troopsKeyDated')}
        </li>
      </ul>
    </div>
  );
}

/** Props of {@link SeriesNotes}. */
export interface SeriesNotesProps {
  series: readonly Series[];
}

/** The series' notes, each once: the caveats a reader needs in words, right under the plot. */
export function SeriesNotes({ series }: SeriesNotesProps) {
  const notes = [...new Set(series.flatMap((s) => (s.note ? [s.note] : [])))];
  if (notes.length === 0) return null;
  return (
    <div className="troops-notes">
      {notes.map((n) => (
        <p key={n} className="troops-note">
          {n}
        </p>
      ))}
    </div>
  );
}
