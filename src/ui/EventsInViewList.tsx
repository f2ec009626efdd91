import { useMemo } from 'react';
import { PRECISION_CODES } from '../model/eventColumns';
import type { LoadedDataset } from '../model/loadedDataset';
import { formatShortDate } from '../i18n/formatDate';
import { appStore, useAppStore } from '../store/appStore';
import { useVisibility } from '../store/visibility';
import { t } from '../i18n/eventsList.en';
import { localTitle } from '../i18n/localized';

/** Most items listed at once: the DOM stays small whatever the dataset's size. */
export const EVENTS_IN_VIEW_CAP = 200;

/** Props of EventsInViewList. */
export interface EventsInViewListProps {
  dataset: LoadedDataset;
}

/**
 * The body of the open "Events in view" section: the first EVENTS_IN_VIEW_CAP
 * events passing the filters, in date order, each a button that selects it.
 */
export function EventsInViewList({ dataset }: EventsInViewListProps) {
  const visibility = useVisibility();
  const selectedId = useAppStore((s) => s.selectedId);

  const rows = useMemo(() => {
    if (!visibility) return [];
    const out: number[] = [];
    const { mask } = visibility;
    // Columns are sorted by start, so the first rows passing the mask are the earliest.
    for (let i = 0; i < mask.length && out.length < EVENTS_IN_VIEW_CAP; i++) if (mask[i]) out.push(i);
    return out;
  }, [visibility]);

  const shown = visibility?.shown ?? 0;
  const { columns, text } = dataset;
  return (
    <>
      {rows.length === 0 ? (
        <p className="muted">{t('eventsListNone')}</p>
      ) : (
        <ol className="events-in-view-list" aria-label={t('eventsListLabel')}>
          {rows.map((row) => {
            const id = text.id(row);
            return (
              <li key={row}>
                <button
                  type="button"
                  className="event-link"
                  aria-current={id === selectedId ? 'true' : undefined}
                  onClick={() => appStore.getState().select(id)}
                >
                  <span className="event-link-date">
                    {formatShortDate(columns.start[row], PRECISION_CODES[columns.precision[row]])}
                  </span>
                  <span className="event-link-title">{localTitle(dataset, row)}</span>
                </button>
              </li>
            );
          })}
        </ol>
      )}
      {shown > rows.length && (
        <p className="muted">
          {t('eventsListMore', { count: shown - rows.length })}
        </p>
      )}
    </>
  );
}
