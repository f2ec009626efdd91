import type { Series } from '../model/types';
import { MarkerShape } from './MarkerShape';
import { PeriodWhisker } from './PeriodWhisker';
import { seriesStyle } from './seriesStyle';

/** Props of {@link SeriesLegend}. */
export interface SeriesLegendProps {
  series: readonly Series[];
  hidden: readonly string[];
  onToggle: (id: string) => void;
}

const KEY_COLOR = 'var(--muted, #666)';

/**
 * Series toggles (each drawn with its colour and dash, so colour is never the only
 * cue) and a key to the marker shapes for how each figure was established.
 */
export function SeriesLegend({ series, hidden, onToggle }: SeriesLegendProps) {
  return (
    <div className="troops-legend">
      <ul className="troops-legend-series" aria-label="Series">
        {series.map((s, i) => {
          const style = seriesStyle(i);
          const shown = !hidden.includes(s.id);
          return (
            <li key={s.id}>
              <button type="button" className="troops-toggle" aria-pressed={shown} onClick={() => onToggle(s.id)}>
                <svg width="28" height="10" aria-hidden="true">
                  <line x1="1" x2="27" y1="5" y2="5" stroke={style.color} strokeWidth="2.5" strokeDasharray={style.firmDash || undefined} />
                </svg>
                <span>{s.name}</span>
              </button>
            </li>
          );
        })}
      </ul>
      <ul className="troops-legend-key" aria-label="Key">
        <li>
          <svg width="16" height="14" aria-hidden="true">
            <g transform="translate(8,7)"><MarkerShape estimate="exact" color={KEY_COLOR} /></g>
          </svg>
          exact
        </li>
        <li>
          <svg width="34" height="14" aria-hidden="true">
            <line x1="8" x2="34" y1="7" y2="7" stroke={KEY_COLOR} strokeWidth="2" strokeDasharray="6 4" />
            <g transform="translate(8,7)"><MarkerShape estimate="approximate" color={KEY_COLOR} /></g>
          </svg>
          approximate (dashed until the next figure)
        </li>
        <li>
          <svg width="16" height="14" aria-hidden="true">
            <g transform="translate(8,4)"><MarkerShape estimate="authorized" color={KEY_COLOR} /></g>
          </svg>
          authorized ceiling
        </li>
        <li>
          <svg width="30" height="14" aria-hidden="true">
            <g transform="translate(4,12)"><PeriodWhisker from={0} to={22} color={KEY_COLOR} /></g>
          </svg>
          month or year the figure is dated to
        </li>
      </ul>
    </div>
  );
}
