import { t } from '../i18n/t';

/** Key to the timeline's mark styles, so "hatched" reads as "date known only to the month or year". */
export function TimelineLegend() {
  return (
    <ul className="tl-legend" aria-label={t('legend')}>
      <li>
        <svg width="12" height="12" aria-hidden="true">
          <circle cx="6" cy="6" r="4.5" />
        </svg>
        {t('legendEvent')}
      </li>
      <li>
        <svg width="12" height="12" aria-hidden="true">
          <path d="M6 0.5l5.5 5.5-5.5 5.5-5.5-5.5z" />
        </svg>
        {t('legendKeyEvent')}
      </li>
      <li>
        <svg width="22" height="12" aria-hidden="true">
          <rect x="1" y="2.5" width="20" height="7" rx="2" />
        </svg>
        {t('legendPeriod')}
      </li>
      <li>
        <svg width="22" height="12" aria-hidden="true">
          <defs>
            <pattern id="tl-legend-hatch" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)">
              <line x1="0" y1="0" x2="0" y2="4" strokeWidth="1.6" />
            </pattern>
          </defs>
          <rect className="tl-legend-uncertain" x="1" y="2.5" width="20" height="7" rx="2" fill="url(#tl-legend-hatch)" />
        </svg>
        {t('legendPartial')}
      </li>
      <li>
        <span className="tl-legend-badge" aria-hidden="true">
          +3
        </span>
        {t('legendBadge')}
      </li>
    </ul>
  );
}
