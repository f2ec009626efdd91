import type { Dataset, TimelineEvent } from '../../src/model/types';

const cite = (source: string, quote?: string) => [{ source, ...(quote ? { quote } : {}) }];

function event(e: Partial<TimelineEvent> & Pick<TimelineEvent, 'id' | 'date' | 'title' | 'actors' | 'category'>): TimelineEvent {
  return { sources: cite('news'), ...e };
}

/** A small dataset touching each feature the panels show: grades, quotes, places, extra fields, accents. */
export function sampleDataset(): Dataset {
  return {
    version: 1,
    title: 'Test coalition timeline',
    description: 'A handful of events for tests.',
    actors: [
      { id: 'us', name: 'United States', color: '#1f77b4' },
      { id: 'iraq-gov', name: 'Government of Iraq' },
      { id: 'isis', name: 'ISIS' },
    ],
    categories: [
      { id: 'attack', name: 'Attack' },
      { id: 'diplomacy', name: 'Diplomacy' },
    ],
    sources: [
      { id: 'dod', publisher: 'US Department of Defense', title: 'Press briefing', url: 'https://www.defense.gov/briefing', published: '2014-08-08', grade: 'A' },
      { id: 'news', publisher: 'The National', title: 'Talks begin', url: 'https://www.thenationalnews.com/talks', published: '2024-01-27', grade: 'B' },
      { id: 'blog', publisher: 'Some blog', title: 'Unsafe link', url: 'javascript:alert(1)' as string, grade: 'C' },
    ],
    events: [
      event({ id: 'mosul-falls', date: '2014-06-10', title: 'Mosul falls to ISIS', actors: ['isis', 'iraq-gov'], category: 'attack', importance: 3 }),
      event({
        id: 'first-strikes',
        date: '2014-08-08',
        title: 'First US air strikes',
        summary: 'Strikes near Erbil.',
        actors: ['us'],
        category: 'attack',
        place: { name: 'Erbil', lat: 36.19, lon: 44.01 },
        sources: cite('dod', 'the first targeted strikes'),
      }),
      event({ id: 'ramadi', date: '2015-05', title: 'Ramadi falls', actors: ['isis'], category: 'attack' }),
      event({ id: 'qayyarah', date: '2016-07-09', title: 'Qayyarah retaken', summary: 'Ninawā operation.', actors: ['iraq-gov', 'us'], category: 'attack' }),
      event({
        id: 'talks-first-round',
        date: '2024-01-27',
        title: 'First round of US–Iraq talks',
        summary: 'Talks on ending the coalition mission.',
        actors: ['iraq-gov', 'us'],
        category: 'diplomacy',
        importance: 3,
        sources: [
          { source: 'news', quote: 'the first round of bilateral dialogue' },
          { source: 'blog', quote: 'a blog said so' },
        ],
        extra: { note: 'kept from the document' },
      }),
    ],
    series: [],
  };
}
