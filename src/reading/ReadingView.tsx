import { useEffect, useMemo, useRef, useState } from 'react';
import type { LoadedDataset } from '../model/loadedDataset';
import { formatNumber, monthName } from '../i18n/format';
import { formatYear } from '../i18n/formatDate';
import { formatShortDate } from '../i18n/formatDate';
import { t } from '../i18n/reading.en';
import { appStore, useAppStore } from '../store/appStore';
import { useVisibility } from '../store/visibility';
import { kindLabel } from '../troops/figureKind';
import { formatFigure } from '../troops/formatFigure';
import { toTimedSeries } from '../troops/timedSeries';
import { datasetLookups } from '../ui/datasetLookups';
import { EventDetail } from '../ui/EventDetail';
import { DetailSheet } from './DetailSheet';
import { EventCard } from './EventCard';
import { buildReadingList } from './readingItems';
import './reading.css';
import { localName, localSeries } from '../i18n/localized';

/** Cards mounted per page of the list: the DOM stays small whatever the dataset's size. */
export const READING_PAGE = 40;

/** Props of {@link ReadingView}. */
export interface ReadingViewProps {
  dataset: LoadedDataset;
}

/**
 * The phone reading view: time runs down the page, each event a card in date order
 * under year and month headings, the troop figures inline where they change, the lanes
 * as filter chips; the selected event opens as a sheet over the list.
 */
export function ReadingView({ dataset }: ReadingViewProps) {
  const visibility = useVisibility();
  const selectedId = useAppStore((s) => s.selectedId);
  const shownActors = useAppStore((s) => s.filters.actors);
  const hiddenSeries = useAppStore((s) => s.hiddenSeries);
  const { meta, columns } = dataset;
  // Enough pages to hold the event selected when the list opens (a shared link, the default view).
  const [pages, setPages] = useState(() => {
    const row = selectedId === null ? -1 : dataset.text.indexOf(selectedId);
    if (row < 0 || !visibility) return 1;
    let rank = 0;
    for (let i = 0; i < row; i++) rank += visibility.mask[i];
    return Math.floor(rank / READING_PAGE) + 1;
  });
  // The sheet opens when the reader opens a card, not for a selection the page started with.
  const [sheetOpen, setSheetOpen] = useState(false);
  const listRef = useRef<HTMLOListElement>(null);
  useEffect(() => {
    listRef.current?.querySelector('.reading-card.is-selected')?.scrollIntoView?.({ block: 'center' });
    // Once, when the list first shows: later selections are the reader's own.
  }, []);
  const lookups = datasetLookups(dataset);
  const allIds = useMemo(() => meta.actors.map((a) => a.id), [meta.actors]);
  const series = useMemo(() => meta.series.filter((s) => !hiddenSeries.includes(s.id)).map((s) => toTimedSeries(localSeries(s))), [meta.series, hiddenSeries]);
  const list = useMemo(
    () =>
      visibility
        ? buildReadingList({ starts: columns.start, precision: columns.precision, mask: visibility.mask, series, limit: pages * READING_PAGE })
        : null,
    [visibility, columns, series, pages],
  );
  // Years after 1 CE say "CE" where the list begins before it (its items are in date order).
  const firstYear = list?.items.find((item) => item.kind === 'year');
  const era = firstYear?.kind === 'year' && firstYear.year <= 0;
  // On a phone this list is the timeline: the same signal that the data is drawn (tests, bench).
  const drawn = list !== null;
  useEffect(() => {
    if (!drawn) return;
    if (performance.getEntriesByName('timeline-ready').length === 0) performance.mark('timeline-ready');
    appStore.getState().setDrawn(dataset);
  }, [drawn, dataset]);
  if (!visibility || !list) return null;
  const counts = visibility.actorCounts;

  return (
    <section className="reading" aria-labelledby="reading-heading">
      <h2 id="reading-heading" className="visually-hidden">
        {t('readingHeading')}
      </h2>
      <div className="reading-chips" role="group" aria-label={t('readingShowActors')}>
        {meta.actors.map((actor, i) => {
          const on = shownActors === null || shownActors.includes(actor.id);
          return (
            <button
              key={actor.id}
              type="button"
              className="reading-chip reading-chip--toggle"
              aria-pressed={on}
              onClick={() => appStore.getState().toggleActor(actor.id, allIds)}
            >
              <span className="swatch" style={{ background: lookups.actorColors[i] }} aria-hidden="true" />
              {localName(actor)} <span className="reading-chip-count">{formatNumber(counts[i] ?? 0)}</span>
            </button>
          );
        })}
      </div>
      {list.events === 0 ? (
        <p className="muted">{t('readingNoEvents')}</p>
      ) : (
        <ol ref={listRef} className="reading-list">
          {list.items.map((item) => {
            if (item.kind === 'year')
              return (
                <li key={item.key} className="reading-year">
                  <h3>{formatYear(item.year, era)}</h3>
                </li>
              );
            if (item.kind === 'month')
              return (
                <li key={item.key} className="reading-month">
                  <h4>{monthName(item.month, 'long')}</h4>
                </li>
              );
            if (item.kind === 'figure') {
              const { point, series: s, previous } = item;
              const change = previous === null ? '' : t(point.value > previous ? 'readingUpFrom' : 'readingDownFrom', { figure: formatNumber(previous) });
              return (
                <li key={item.key} className="reading-figure">
                  <span className="reading-figure-name">{s.name}</span>{' '}
                  <strong>{formatFigure(point.value, s, point.estimate, point.kind)}</strong> <span className="reading-figure-kind">({kindLabel(point.kind)})</span>
                  {change}
                  {t('listSeparator')}
                  {formatShortDate(point.start, point.precision)}
                </li>
              );
            }
            return (
              <li key={item.key}>
                <EventCard dataset={dataset} row={item.row} selected={dataset.text.id(item.row) === selectedId} onOpen={() => setSheetOpen(true)} />
              </li>
            );
          })}
        </ol>
      )}
      {list.hasMore && (
        <button type="button" className="button reading-more" onClick={() => setPages((p) => p + 1)}>
          {t('readingMore', { page: READING_PAGE, count: visibility.shown - list.events })}
        </button>
      )}
      {sheetOpen && selectedId !== null && (
        <DetailSheet
          label={t('readingDetails')}
          onClose={() => {
            setSheetOpen(false);
            appStore.getState().select(null);
          }}
        >
          <EventDetail dataset={dataset} />
        </DetailSheet>
      )}
    </section>
  );
}
