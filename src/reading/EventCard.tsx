import { useEffect, useState } from 'react';
import { PRECISION_CODES } from '../model/eventColumns';
import type { LoadedDataset } from '../model/loadedDataset';
import { formatShortDate } from '../i18n/formatDate';
import { t } from '../i18n/reading.en';
import type { TimelineEvent } from '../model/types';
import { appStore } from '../store/appStore';
import { datasetLookups } from '../ui/datasetLookups';
import { documentTranslation, eventTranslation, localName, localTitle } from '../i18n/localized';

/** Props of {@link EventCard}. */
export interface EventCardProps {
  dataset: LoadedDataset;
  row: number;
  selected: boolean;
  /** Called after the card selects its event, to open the detail sheet. */
  onOpen: () => void;
}

/**
 * One event in the phone reading list: its date at the precision it is known, title,
 * actors in their lane colours, category, a one-line summary and how many sources it
 * cites. The summary and sources come from the full event, fetched when the card mounts
 * (the list mounts cards a page at a time, so a million rows fetch only what is read).
 */
export function EventCard({ dataset, row, selected, onOpen }: EventCardProps) {
  const [event, setEvent] = useState<TimelineEvent | null>(null);
  useEffect(() => {
    let live = true;
    dataset.getEvent(row).then(
      (e) => live && setEvent(e),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [dataset, row]);
  const { columns, text, meta } = dataset;
  // The summary in the reader's language where the dataset translates it; else as written, marked with its language.
  const translatedSummary = event ? eventTranslation(event)?.summary : undefined;
  const summary = translatedSummary ?? event?.summary;
  const lookups = datasetLookups(dataset);
  const actors: number[] = [];
  for (let k = columns.actorOffsets[row]; k < columns.actorOffsets[row + 1]; k++) actors.push(columns.actorIndices[k]);
  const categoryItem = meta.categories[columns.category[row]];
  const category = categoryItem && localName(categoryItem);
  const sources = event?.sources.length ?? null;
  return (
    <article className={selected ? 'reading-card is-selected' : 'reading-card'} aria-current={selected ? 'true' : undefined}>
      <p className="reading-card-date">{formatShortDate(columns.start[row], PRECISION_CODES[columns.precision[row]])}</p>
      <h5 className="reading-card-title">
        <button type="button" className="reading-card-open" onClick={() => {
            appStore.getState().select(text.id(row));
            onOpen();
          }}>
          {localTitle(dataset, row)}
        </button>
      </h5>
      <ul className="reading-card-actors" aria-label={t('actors')}>
        {actors.map((a) => (
          <li key={a} className="reading-chip">
            <span className="swatch" style={{ background: lookups.actorColors[a] }} aria-hidden="true" />
            {meta.actors[a] && localName(meta.actors[a])}
          </li>
        ))}
      </ul>
      {summary && (
        <p className="reading-card-summary" lang={translatedSummary ? undefined : documentTranslation(meta)?.from}>
          {summary}
        </p>
      )}
      <p className="reading-card-meta">
        {category}
        {sources !== null && t('readingSources', { count: sources })}
      </p>
    </article>
  );
}
