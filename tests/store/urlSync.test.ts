import { describe, expect, it, vi } from 'vitest';
import { createInMemoryDataset } from '../../src/model/inMemoryDataset';
import { createAppStore } from '../../src/store/appStore';
import { startRangeSync } from '../../src/store/rangeSync';
import { startUrlSync } from '../../src/store/urlSync';
import { fakeHost } from './fakeHost';
import { sampleDataset } from './fixtures';

function setup(url: string) {
  const store = createAppStore();
  const browser = fakeHost(url);
  const reload = vi.fn();
  startRangeSync(store);
  startUrlSync(store, browser.host, { reload });
  const dataset = createInMemoryDataset(sampleDataset());
  store.getState().setDataset(dataset);
  return { store, browser, reload, dataset };
}

describe('startUrlSync', () => {
  it('restores filters, range and selection from the opening URL', () => {
    const { store } = setup('/?actors=us,iraq-gov&q=talks&from=2023-10-01&to=2024-02-01&event=talks-first-round');
    const s = store.getState();
    expect(s.filters).toMatchObject({ actors: ['us', 'iraq-gov'], q: 'talks', from: '2023-10-01', to: '2024-02-01' });
    expect(s.selectedId).toBe('talks-first-round');
    expect(s.window).toEqual({ from: Date.UTC(2023, 9, 1), to: Date.UTC(2024, 1, 2) });
  });

  it('opens on talks-first-round without adding a history entry', () => {
    const { store, browser } = setup('/');
    expect(store.getState().selectedId).toBe('talks-first-round');
    expect(browser.entries).toEqual(['/?event=talks-first-round']);
  });

  it('keeps an explicit selection and does not add the default one', () => {
    const { store } = setup('/?event=ramadi');
    expect(store.getState().selectedId).toBe('ramadi');
  });

  it('pushes filter changes so Back steps through them', () => {
    const { store, browser } = setup('/?event=ramadi');
    store.getState().toggleActor('isis', ['us', 'iraq-gov', 'isis']);
    expect(browser.url).toBe('/?actors=us,iraq-gov&event=ramadi');
    store.getState().select('mosul-falls');
    expect(browser.entries).toHaveLength(3);
    browser.back();
    expect(store.getState().selectedId).toBe('ramadi');
    expect(store.getState().filters.actors).toEqual(['us', 'iraq-gov']);
    browser.back();
    expect(store.getState().filters.actors).toBeNull();
    browser.forward();
    expect(store.getState().filters.actors).toEqual(['us', 'iraq-gov']);
  });

  it('replaces the entry when only the window moves', () => {
    const { store, browser } = setup('/?event=ramadi');
    store.getState().setWindow({ from: Date.UTC(2015, 0, 1), to: Date.UTC(2016, 0, 1) });
    expect(browser.entries).toEqual(['/?from=2015-01-01&to=2015-12-31&event=ramadi']);
  });

  it('collapses consecutive edits of the search into one entry', () => {
    const { store, browser } = setup('/?event=ramadi');
    store.getState().setQuery('mo');
    store.getState().setQuery('mosul');
    expect(browser.entries).toEqual(['/?event=ramadi', '/?q=mosul&event=ramadi']);
  });

  it('reports ignored parameters as notices and drops them from the address', () => {
    const { store, browser } = setup('/?zoom=3&from=2014-13-01&event=ramadi');
    expect(store.getState().notices).toHaveLength(2);
    expect(store.getState().notices.join(' ')).toContain('"zoom"');
    expect(browser.url).toBe('/?event=ramadi');
  });

  it('asks for another dataset when Back crosses a data= change', () => {
    const { store, browser, reload } = setup('/?data=/a.json&event=ramadi');
    store.setState({ datasetUrl: '/a.json' });
    browser.host.history.pushState(null, '', '/?data=/b.json');
    browser.back();
    expect(reload).not.toHaveBeenCalled();
    browser.forward();
    expect(reload).toHaveBeenCalledWith('/b.json');
  });
});
