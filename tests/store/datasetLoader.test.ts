import { afterEach, describe, expect, it, vi } from 'vitest';
import { DatasetLoadError } from '../../src/load/loadDataset';
import { createInMemoryDataset } from '../../src/model/inMemoryDataset';
import type { LoadedDataset } from '../../src/model/loadedDataset';
import { createAppStore } from '../../src/store/appStore';
import { loadDatasetInto, type DatasetLoader } from '../../src/store/datasetLoader';
import { startSession } from '../../src/store/session';
import { fakeHost } from './fakeHost';
import { sampleDataset } from './fixtures';

afterEach(() => {
  vi.restoreAllMocks();
  performance.clearMarks();
});

describe('loadDatasetInto', () => {
  it('holds a ?data= load with rejected rows for the report, and shows its good rows only when asked', async () => {
    const store = createAppStore();
    const dataset = createInMemoryDataset(sampleDataset());
    const rejected = [{ row: 4, column: 'date', value: 'not a date', message: '"not a date" is not a date this app can read' }];
    const loader: DatasetLoader = async () => ({ dataset, format: 'csv', rejected, notes: [{ message: 'date read as "ISO 8601" (5 rows)' }] });
    expect(await loadDatasetInto(store, '/bad-rows.csv', '/default.json', loader)).toBeNull();
    expect(store.getState().status).toBe('report');
    expect(store.getState().dataset).toBeNull();
    expect(store.getState().rejectedLoad).toMatchObject({ location: '/bad-rows.csv', dataset, rejected, notes: [{ message: 'date read as "ISO 8601" (5 rows)' }] });
  });

  it('a load with nothing rejected goes straight on screen', async () => {
    const store = createAppStore();
    const dataset = createInMemoryDataset(sampleDataset());
    await loadDatasetInto(store, '/good.csv', '/default.json', async () => ({ dataset, format: 'csv', rejected: [], notes: [] }));
    expect(store.getState().status).toBe('ready');
    expect(store.getState().dataset).toBe(dataset);
  });

  it('puts a failed load into the store as a LoadError and marks timeline-error', async () => {
    const store = createAppStore();
    const failing: DatasetLoader = async () => {
      throw new DatasetLoadError('The dataset has 1 problem', '/x.json', [{ path: 'events[3].date', message: 'not a date' }]);
    };
    await loadDatasetInto(store, '/x.json', '/default.json', failing);
    expect(store.getState().status).toBe('error');
    expect(store.getState().loadError).toEqual({
      title: 'The dataset has 1 problem',
      location: '/x.json',
      problems: [{ path: 'events[3].date', message: 'not a date' }],
    });
    expect(performance.getEntriesByName('timeline-error')).toHaveLength(1);
  });

  it('a newer load wins over an older one that finishes later', async () => {
    const store = createAppStore();
    const a = createInMemoryDataset(sampleDataset());
    const b = createInMemoryDataset({ ...sampleDataset(), title: 'B' });
    let finishFirst: (d: LoadedDataset) => void = () => {};
    const loader: DatasetLoader = (source) =>
      'url' in source && source.url === '/a.json' ? new Promise((resolve) => (finishFirst = resolve)) : Promise.resolve(b);
    const first = loadDatasetInto(store, '/a.json', '/default.json', loader);
    await loadDatasetInto(store, '/b.json', '/default.json', loader);
    finishFirst(a);
    expect(await first).toBeNull();
    expect(store.getState().dataset?.meta.title).toBe('B');
    expect(store.getState().datasetUrl).toBe('/b.json');
  });
});

describe('startSession', () => {
  it('loads the URL’s dataset, and "Load the default dataset" drops data= and loads the default', async () => {
    const store = createAppStore();
    const browser = fakeHost('/?data=/broken.json&q=talks');
    const urls: string[] = [];
    const loader: DatasetLoader = async (source) => {
      const url = 'url' in source ? source.url : '';
      urls.push(url);
      if (url === '/broken.json') throw new DatasetLoadError('The server answered HTTP 404 Not Found', url, []);
      return createInMemoryDataset(sampleDataset());
    };
    const root = { dataset: {} } as unknown as HTMLElement;
    const session = startSession(store, '/default.json', { ...browser.host, document: { documentElement: root }, localStorage: null }, loader);
    await vi.waitFor(() => expect(store.getState().status).toBe('error'));
    session.loadDefault();
    await vi.waitFor(() => expect(store.getState().status).toBe('ready'));
    expect(urls).toEqual(['/broken.json', '/default.json']);
    expect(store.getState().filters.q).toBe('talks');
    expect(browser.url).toBe('/?q=talks&event=talks-first-round');
    session.stop();
  });
});
