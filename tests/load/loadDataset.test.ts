import { afterEach, describe, expect, it, vi } from 'vitest';
import { DatasetLoadError, loadDataset } from '../../src/load/loadDataset';
import { sampleDataset } from '../store/fixtures';

function serve(body: string, init: ResponseInit = {}) {
  vi.stubGlobal('fetch', vi.fn(async () => new Response(body, init)));
}

async function failure(promise: Promise<unknown>): Promise<DatasetLoadError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DatasetLoadError);
  return error as DatasetLoadError;
}

afterEach(() => vi.unstubAllGlobals());

describe('loadDataset', () => {
  it('loads a valid document and reports each phase', async () => {
    const { events, ...rest } = sampleDataset();
    const valid = { ...rest, sources: rest.sources.filter((s) => s.id !== 'blog'), events: events.slice(0, 3) };
    const text = JSON.stringify(valid);
    serve(text, { headers: { 'content-length': String(new TextEncoder().encode(text).length) } });
    const phases: string[] = [];
    let lastFraction: number | null = null;
    const dataset = await loadDataset({ url: 'https://example.org/d.json' }, (p) => {
      if (phases.at(-1) !== p.phase) phases.push(p.phase);
      if (p.phase === 'fetch') lastFraction = p.fraction;
    });
    expect(dataset.columns.count).toBe(3);
    expect(phases).toEqual(['fetch', 'parse', 'index']);
    expect(lastFraction).toBe(1);
  });

  it('names the HTTP status and the URL when the server refuses', async () => {
    serve('no', { status: 404, statusText: 'Not Found' });
    const error = await failure(loadDataset({ url: '/nope.json' }, () => {}));
    expect(error.title).toBe('The server answered HTTP 404 Not Found');
    expect(error.location).toBe('/nope.json');
  });

  it('explains a network failure, mentioning CORS', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    const error = await failure(loadDataset({ url: 'https://elsewhere.example/d.json' }, () => {}));
    expect(error.title).toBe('The dataset could not be fetched');
    expect(error.problems[0].message).toMatch(/CORS/);
  });

  it('reports a JSON syntax error with its line and column', async () => {
    serve('{\n  "version": 1,\n  oops\n}');
    const error = await failure(loadDataset({ url: '/bad.json' }, () => {}));
    expect(error.title).toBe('The dataset is not valid JSON');
    expect(error.problems[0].path).toMatch(/^line 3, column \d+$/);
  });

  it('lists every validation problem with its path', async () => {
    const doc = sampleDataset();
    doc.sources = doc.sources.filter((s) => s.id !== 'blog');
    doc.events[4].sources = [{ source: 'news' }];
    doc.events[1].date = '2014-13-01';
    doc.events[2].actors = ['isil'];
    serve(JSON.stringify(doc));
    const error = await failure(loadDataset({ url: '/invalid.json' }, () => {}));
    expect(error.title).toMatch(/^The dataset has \d+ problems$/);
    const paths = error.problems.map((p) => p.path);
    expect(paths).toContain('events[1].date');
    expect(paths.some((p) => p.startsWith('events[2].actors'))).toBe(true);
  });

  it('refuses non-http addresses without fetching', async () => {
    const fetchSpy = vi.fn();
    vi.stubGlobal('fetch', fetchSpy);
    const error = await failure(loadDataset({ url: 'file:///etc/passwd' }, () => {}));
    expect(error.title).toBe('The dataset address is not allowed');
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('rejects with the AbortError when superseded', async () => {
    serve(JSON.stringify(sampleDataset()));
    const controller = new AbortController();
    const pending = loadDataset({ url: '/d.json' }, () => controller.abort(), controller.signal);
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});
