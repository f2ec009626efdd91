import type { Dataset, TimelineEvent } from '../../src/model/types';

/** A small valid document (format v1) to mutate in tests. Fresh on every call. */
export function validDocument(): Record<string, unknown> & {
  actors: Record<string, unknown>[];
  categories: Record<string, unknown>[];
  sources: Record<string, unknown>[];
  events: Record<string, unknown>[];
  series: Record<string, unknown>[];
} {
  return {
    version: 1,
    title: 'Test timeline',
    description: 'For tests',
    actors: [
      { id: 'us', name: 'United States', kind: 'state', color: '#1f77b4' },
      { id: 'iraq-gov', name: 'Government of Iraq', kind: 'government' },
      { id: 'isis', name: 'ISIS', kind: 'armed-group' },
    ],
    categories: [
      { id: 'attack', name: 'Attack' },
      { id: 'diplomacy', name: 'Diplomacy' },
    ],
    sources: [
      { id: 'src-a', publisher: 'The National', title: 'Talks begin', url: 'https://www.thenationalnews.com/x', published: '2024-01-27', grade: 'B' },
      { id: 'src-b', publisher: 'CENTCOM', title: 'Press release' },
    ],
    events: [
      {
        id: 'fall-of-mosul',
        date: '2014-06-10',
        title: 'ISIS takes Mosul',
        actors: ['isis'],
        category: 'attack',
        importance: 3,
        sources: [{ source: 'src-b' }],
      },
      {
        id: 'talks',
        date: '2024-01-27',
        end: '2024-01-27',
        title: 'First round of US–Iraq talks',
        summary: 'Prime Minister Al Sudani announces the talks.',
        actors: ['iraq-gov', 'us'],
        category: 'diplomacy',
        place: { name: 'Baghdad', lat: 33.31, lon: 44.36 },
        sources: [{ source: 'src-a', quote: 'the first round of bilateral dialogue' }],
      },
    ],
    series: [
      {
        id: 'us-troops',
        name: 'US troops in Iraq',
        unit: 'troops',
        actor: 'us',
        points: [
          { date: '2014-06', value: 300, estimate: 'authorized', source: 'src-b' },
          { date: '2024-01', value: 2500, estimate: 'approximate', source: 'src-a', quote: 'about 2,500' },
        ],
      },
    ],
  };
}

/** A Dataset with the given events (ids, actors and categories from validDocument). */
export function datasetWith(events: TimelineEvent[]): Dataset {
  const doc = validDocument();
  return {
    version: 1,
    title: 'Test',
    actors: doc.actors as unknown as Dataset['actors'],
    categories: doc.categories as unknown as Dataset['categories'],
    sources: doc.sources as unknown as Dataset['sources'],
    events,
    series: [],
  };
}

/** An event with defaults for everything but what the test cares about. */
export function event(id: string, date: string, more: Partial<TimelineEvent> = {}): TimelineEvent {
  return { id, date, title: id, actors: ['us'], category: 'attack', sources: [{ source: 'src-a' }], ...more };
}
