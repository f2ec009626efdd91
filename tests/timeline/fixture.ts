import { createInMemoryDataset } from '../../src/model/inMemoryDataset';
import type { LoadedDataset } from '../../src/model/loadedDataset';
import type { Dataset, TimelineEvent } from '../../src/model/types';

/** A short event literal: id, date, actors, and anything else to override. */
export type EventSpec = Pick<TimelineEvent, 'id' | 'date'> & Partial<TimelineEvent>;

/** A valid dataset of three actors ("us", "iraq", "isis") and the given events. */
export function makeDataset(events: EventSpec[]): Dataset {
  return {
    version: 1,
    title: 'Fixture',
    actors: [
      { id: 'us', name: 'United States' },
      { id: 'iraq', name: 'Iraqi government' },
      { id: 'isis', name: 'ISIS' },
    ],
    categories: [{ id: 'attack', name: 'Attack' }],
    sources: [{ id: 's', publisher: 'Wire', title: 'Report' }],
    events: events.map((e) => ({
      title: `Event ${e.id}`,
      actors: ['us'],
      category: 'attack',
      sources: [{ source: 's' }],
      ...e,
    })),
    series: [],
  };
}

/** The same, loaded (columns + index + text). */
export const loadDataset = (events: EventSpec[]): LoadedDataset => createInMemoryDataset(makeDataset(events));

/** Days since 2014-01-01 as "YYYY-MM-DD". */
export function day(n: number): string {
  return new Date(Date.UTC(2014, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
}

/** A mask showing every row. */
export const allVisible = (d: LoadedDataset) => new Uint8Array(d.columns.count).fill(1);
