import { useEffect, useId, useRef, useState } from 'react';
import type { LoadedDataset } from '../model/loadedDataset';
import { formatDateRange } from '../i18n/formatDate';
import type { TimelineEvent } from '../model/types';
import { appStore, useAppStore } from '../store/appStore';
import { datasetLookups } from './datasetLookups';
import { useEscape } from './escapeStack';
import { SourceList } from './SourceList';
import { CloseButton } from './CloseButton';
import { documentTranslation, eventTranslation, localName, localTitle } from '../i18n/localized';
import { TranslationNote } from './TranslationNote';
import { t } from '../i18n/details.en';
import { numberFormat } from '../i18n/format';
import { WORKER_CLOSED, WORKER_CRASHED } from '../load/workerDataset';
import { QuotedText } from './QuotedText';

const IMPORTANCE = { 1: 'detailImportance1', 2: 'detailImportance2', 3: 'detailImportance3' } as const;

/** Why the data's worker stopped, in the reader's language where the loader named the reason. */
const goneReason = (reason: string) => (reason === WORKER_CLOSED ? t('detailWorkerClosed') : reason === WORKER_CRASHED ? t('detailWorkerCrashed') : reason);

/** A coordinate to two decimals, in the reader's digits. */
const coordinate = (degrees: number) => numberFormat({ minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(degrees);

/**
 * "lasted 10 months" for a range event, '' otherwise. The duration words come with
 * date-fns, so they are fetched only when a range event is shown: the default page
 * opens on a one-day event and does not pay for them.
 */
function useLastedWords(event: TimelineEvent | null): string {
  const [lasted, setLasted] = useState<{ event: TimelineEvent; words: string } | null>(null);
  useEffect(() => {
    if (!event || event.end === undefined) return;
    let live = true;
    void import('../model/durationWords').then((m) => live && setLasted({ event, words: m.eventLastedWords(event.date, event.end) }));
    return () => {
      live = false;
    };
  }, [event]);
  return lasted && lasted.event === event ? lasted.words : '';
}

/** Extra fields are data the author added: shown as text, whatever their type. */
function extraText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * The selected event in full: date at its precision, actors, category, summary,
 * place, importance, extra fields and every source with its quote. A non-modal
 * panel: Escape or the close button clears the selection and focus goes back to
 * where it came from.
 */
export function EventDetail({ dataset, onReload }: { dataset: LoadedDataset; onReload?: () => void }) {
  const selectedId = useAppStore((s) => s.selectedId);
  const row = selectedId === null ? -1 : dataset.text.indexOf(selectedId);
  const [loaded, setLoaded] = useState<{ row: number; event: TimelineEvent } | null>(null);
  // `gone`: the data's worker died, so no event can be read until the data is loaded again.
  const [failed, setFailed] = useState<{ row: number; message: string; gone: string | null } | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const returnTo = useRef<Element | null>(null);
  const headingId = useId();
  const lookups = datasetLookups(dataset);

  useEffect(() => {
    if (row < 0) return;
    let live = true;
    dataset.getEvent(row).then(
      (event) => live && setLoaded({ row, event }),
      (error: unknown) =>
        live &&
        setFailed({
          row,
          message: error instanceof Error ? error.message : String(error),
          gone: error instanceof Error && error.name === 'DatasetGoneError' ? String((error as Error & { reason?: string }).reason ?? error.message) : null,
        }),
    );
    return () => {
      live = false;
    };
  }, [dataset, row]);

  const event = loaded?.row === row ? loaded.event : null;
  const error = failed?.row === row ? failed : null;

  // Focus follows a selection the reader made (something in the page had focus),
  // not one restored from the URL on page load, which must not steal focus.
  useEffect(() => {
    if (!event) return;
    const active = document.activeElement;
    if (active && active !== document.body && !headingRef.current?.contains(active)) {
      if (!returnTo.current) returnTo.current = active;
      headingRef.current?.focus();
    }
  }, [event]);

  // Closing unmounts the panel: give focus back to where the reader was, if it is still there.
  // In the next frame, not in the commit that unmounts it: focus() lays the page out at once, and
  // when the panel goes because a new dataset came in, that commit holds the new data's first
  // render, so the layout was done twice in one task (a 100,000-row file opened from the dialog
  // had a 594 ms task, most of it under this cleanup).
  useEffect(
    () => () => {
      const target = returnTo.current;
      returnTo.current = null;
      requestAnimationFrame(() => {
        // Only focus that went with the panel is given back: the reader may have moved on since.
        if (document.activeElement && document.activeElement !== document.body) return;
        // Timeline marks are SVG elements: focusable too, and the usual place a reader came from.
        if ((target instanceof HTMLElement || target instanceof SVGElement) && target.isConnected) target.focus();
        // Closed from inside (its close button is gone): keep focus in the page, not on <body>.
        else document.getElementById('main')?.focus();
      });
    },
    [],
  );

  const close = () => appStore.getState().select(null);
  useEscape(close, row >= 0);

  const lasted = useLastedWords(event);

  if (row < 0) return null;
  // The event's texts in the reader's language where the dataset translates them; what
  // stays as written is marked with the language it was written in (the declaration's `from`).
  const declared = documentTranslation(dataset.meta);
  const translated = event ? eventTranslation(event) : null;
  const original = declared?.from;
  const title = translated?.title ?? event?.title;
  const summary = translated?.summary ?? event?.summary;
  const place = translated?.place ?? event?.place?.name;
  const categoryName = (id: string) => {
    const category = lookups.categoryById.get(id);
    return category ? localName(category) : id;
  };

  return (
    <aside className="event-detail" aria-labelledby={headingId}>
      <div className="event-detail-head">
        <p className="event-detail-kicker">
          {event ? categoryName(event.category) : t('detailEvent')}
        </p>
        <CloseButton label={t('detailClose')} onClick={close} />
      </div>
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="event-detail-title" lang={event && !translated?.title ? original : undefined}>
        {title ?? localTitle(dataset, row)}
      </h2>
      {error && (
        <div role="alert">
          <p className="field-error">
            {error.gone !== null ? t('detailGone', { reason: goneReason(error.gone) }) : t('detailUnreadable', { error: error.message })}
          </p>
          {error.gone !== null && onReload && (
            <button type="button" className="link-button" onClick={onReload}>
              {t('detailReload')}
            </button>
          )}
        </div>
      )}
      {!event && !error && <p className="muted">{t('loading')}</p>}
      {event && (
        <>
          <p className="event-detail-date">
            <time dateTime={event.date}>{formatDateRange(event.date, event.end)}</time>
            {/* How long a range event lasted, at the precision its dates have (issue 10 item 4). */}
            {lasted && <span className="event-detail-lasted after-dot">{lasted}</span>}
          </p>
          <ul className="event-detail-actors" aria-label={t('actors')}>
            {event.actors.map((id) => {
              const entry = lookups.actorById.get(id);
              return (
                <li key={id}>
                  <span className="swatch" style={{ background: entry?.color }} aria-hidden="true" />
                  {entry ? localName(entry.actor) : id}
                </li>
              );
            })}
          </ul>
          {summary && (
            <p className="event-detail-summary" lang={translated?.summary ? undefined : original}>
              <QuotedText text={summary} quotesLang={translated?.summary ? original : undefined} />
            </p>
          )}
          {translated && declared && <TranslationNote translation={declared} />}
          <dl className="event-detail-facts">
            <div>
              <dt>{t('detailCategory')}</dt>
              <dd>{categoryName(event.category)}</dd>
            </div>
            {event.place && (
              <div>
                <dt>{t('detailPlace')}</dt>
                <dd>
                  <span lang={translated?.place ? undefined : original}>{place}</span>
                  {event.place.lat !== undefined && event.place.lon !== undefined && (
                    <span className="muted">
                      {' '}
                      {t('detailCoordinates', { lat: coordinate(event.place.lat), lon: coordinate(event.place.lon) })}
                    </span>
                  )}
                </dd>
              </div>
            )}
            {event.importance && (
              <div>
                <dt>{t('detailImportance')}</dt>
                <dd>
                  {t('detailImportanceOf', { label: t(IMPORTANCE[event.importance]), level: event.importance, max: 3 })}
                </dd>
              </div>
            )}
            {event.extra &&
              Object.entries(event.extra).map(([key, value]) => (
                <div key={key}>
                  <dt>{key}</dt>
                  <dd>{extraText(value)}</dd>
                </div>
              ))}
          </dl>
          <h3 className="event-detail-subhead">
            {t('detailSources', { count: event.sources.length })}
          </h3>
          <SourceList citations={event.sources} sourceById={lookups.sourceById} lang={original} />
        </>
      )}
    </aside>
  );
}
