import type { LoadedDataset } from '../model/loadedDataset';
import type { TimelineEvent } from '../model/types';

/** Events fetched at once from the parse worker: enough to keep it busy, few enough to stay responsive. */
const BATCH = 2000;

/** The full events of the rows the mask shows (1 = shown), in row (date) order. */
export async function shownEvents(dataset: LoadedDataset, mask: Uint8Array): Promise<TimelineEvent[]> {
  const rows: number[] = [];
  for (let i = 0; i < mask.length; i++) if (mask[i] === 1) rows.push(i);
  const events: TimelineEvent[] = new Array(rows.length);
  for (let at = 0; at < rows.length; at += BATCH) {
    const batch = rows.slice(at, at + BATCH);
    const got = await Promise.all(batch.map((r) => dataset.getEvent(r)));
    for (let j = 0; j < got.length; j++) events[at + j] = got[j];
  }
  return events;
}
