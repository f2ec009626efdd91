import { useEffect, useMemo, useRef } from 'react';
import { parsePartialDate } from '../model/partialDate';
import { formatDateRange } from '../i18n/formatDate';
import type { Period } from '../model/types';
import { t } from '../i18n/periods.en';
import { shownSpan } from '../axis/shownSpan';
import { local } from '../i18n/localized';

/** Props of PeriodBands. */
export interface PeriodBandsProps {
  periods: readonly Period[];
  /** Plot width, px. */
  width: number;
}

/**
 * The document's periods (TimelineJS eras) as shaded bands behind the lanes, each
 * labelled at its top. A layer of its own: it follows the shown span by moving its
 * bands imperatively on every zoom frame, without re-rendering React or touching
 * the timeline's layout and canvas. Screen readers get the periods as a list.
 */
export default function PeriodBands({ periods, width }: PeriodBandsProps) {
  const layerRef = useRef<HTMLDivElement>(null);
  const spans = useMemo(
    () =>
      periods.map((p) => {
        const start = parsePartialDate(p.start);
        const end = parsePartialDate(p.end);
        return start && end ? [start.start, end.end] : [NaN, NaN];
      }),
    [periods],
  );

  useEffect(() => {
    const layer = layerRef.current;
    if (!layer) return;
    const place = () => {
      const [d0, d1] = shownSpan.getState().domain;
      const k = width / (d1 - d0);
      const bands = layer.children;
      for (let i = 0; i < bands.length; i++) {
        const band = bands[i] as HTMLElement;
        const [t0, t1] = spans[i] ?? [NaN, NaN];
        const x0 = Math.max(-1, (t0 - d0) * k);
        const x1 = Math.min(width + 1, (t1 - d0) * k);
        const visible = Number.isFinite(x0) && Number.isFinite(x1) && x1 > x0;
        band.style.display = visible ? '' : 'none';
        if (visible) {
          band.style.transform = `translateX(${x0}px)`;
          band.style.width = `${x1 - x0}px`;
        }
      }
    };
    place();
    return shownSpan.subscribe((s) => s.domain, place);
  }, [spans, width]);

  return (
    <>
      <div ref={layerRef} className="tl-periods" aria-hidden="true" data-testid="period-bands">
        {periods.map((p, i) => (
          <div key={i} className={`tl-period tl-period--${i % 2}`}>
            <span className="tl-period-label">{local(p, 'title')}</span>
          </div>
        ))}
      </div>
      <ul className="visually-hidden" aria-label={t('periodsLabel')}>
        {periods.map((p, i) => (
          <li key={i}>
            {p.title}: {formatDateRange(p.start, p.end)}
          </li>
        ))}
      </ul>
    </>
  );
}
