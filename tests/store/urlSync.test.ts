import { describe, expect, it, vi } from 'vitest';
import { createInMemoryDataset } from '../../src/model/inMemoryDataset';
import { createAppStore } from '../../src/store/appStore';
import { createShownSpanStore } from '../../src/axis/shownSpan';
import { startSpanSync } from '../../src/store/spanSync';
import { startUrlSync } from '../../src/store/urlSync';
import { fakeHost } from './fakeHost';
import { noticeText } from '../../src/i18n/notices.en';
import { sampleDataset } from './fixtures';

function setup(url: string, doc = sampleDataset()) {
  const store = createAppStore();
  const span = createShownSpanStore();
  const browser = fakeHost(url);
  const reload = vi.fn();
  startSpanSync(store, span);
  startUrlSync(store, span, browser.host, { reload });
  const dataset = createInMemoryDataset(doc);
  store.getState().setDataset(dataset);
  return { store, span, browser, reload, dataset };
}

describe('startUrlSync', () => {
  it('restores filters, range and selection from the opening URL', () => {
    const url = '/?actors=us,iraq-gov&q=talks&from=2023-10-01&to=2024-02-01&event=talks-first-round';
    const { store, span, browser } = setup(url);
    const s = store.getState();
    expect(s.filters).toMatchObject({ actors: ['us', 'iraq-gov'], q: 'talks' });
    expect(s.selectedId).toBe('talks-first-round');
    expect(span.getState().settled).toEqual([Date.UTC(2023, 9, 1), Date.UTC(2024, 1, 2)]);
    expect(span.getState().domain).toEqual([Date.UTC(2023, 9, 1), Date.UTC(2024, 1, 2)]);
    // The address written back is the one opened: restoring adds nothing and changes nothing.
    expect(browser.entries).toEqual([url]);
  });

  it('opens on talks-first-round without adding a history entry', () => {
    const { store, browser } = setup('/');
    expect(store.getState().selectedId).toBe('talks-first-round');
    expect(browser.entries).toEqual(['/?event=talks-first-round']);
  });

  it('writes the language into the address when it is not English, replacing the entry rather than adding a step', () => {
    const { store, browser } = setup('/?event=ramadi');
    store.getState().setLang('ar');
    expect(browser.entries).toEqual(['/?event=ramadi&lang=ar']);
    store.getState().setLang('en');
    expect(browser.entries).toEqual(['/?event=ramadi']);
  });

  it('takes the language an address names, and keeps the one in force when it names none', () => {
    const { store, browser } = setup('/?event=ramadi&lang=ar');
    expect(store.getState().lang).toBe('ar');
    store.getState().select('mosul-falls');
    expect(browser.url).toBe('/?event=mosul-falls&lang=ar');
    browser.back();
    expect(store.getState().lang).toBe('ar');
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

  it('writes "show all lanes" as lanes=all, a step Back undoes, and restores it from the link', () => {
    const { store, browser } = setup('/?event=ramadi');
    store.getState().setAllLanes(true);
    expect(browser.url).toBe('/?event=ramadi&lanes=all');
    browser.back();
    expect(store.getState().allLanes).toBe(false);
    expect(browser.url).toBe('/?event=ramadi');
    browser.forward();
    expect(store.getState().allLanes).toBe(true);

    const shared = setup('/?event=ramadi&lanes=all');
    expect(shared.store.getState().allLanes).toBe(true);
    expect(shared.browser.entries).toEqual(['/?event=ramadi&lanes=all']);
  });

  it('restores a link\'s lanes=N as the lane cap, and writes it back while the reader keeps it', () => {
    const { store, browser } = setup('/?event=ramadi&lanes=5');
    expect(store.getState()).toMatchObject({ allLanes: false, laneCap: 5 });
    expect(browser.entries).toEqual(['/?event=ramadi&lanes=5']);
    store.getState().setAllLanes(true);
    expect(browser.url).toBe('/?event=ramadi&lanes=all');
    store.getState().setAllLanes(false);
    expect(browser.url).toBe('/?event=ramadi&lanes=5');
  });

  it('drops a bad lanes value with a notice and shows the default busiest lanes', () => {
    const { store, browser } = setup('/?event=ramadi&lanes=lots');
    expect(store.getState()).toMatchObject({ allLanes: false, laneCap: 20 });
    expect(store.getState().notices.map(noticeText)).toEqual(['Ignored the "lanes" parameter: "lots" is not "all" or a number of lanes from 1 to 10000.']);
    expect(browser.url).toBe('/?event=ramadi');
  });

  it('replaces the entry when only the shown span moves, once it settles', () => {
    const { span, browser } = setup('/?event=ramadi');
    span.getState().follow([Date.UTC(2015, 0, 1), Date.UTC(2016, 0, 1)]);
    expect(browser.entries).toEqual(['/?event=ramadi']);
    span.getState().settle();
    expect(browser.entries).toEqual(['/?from=2015-01-01&to=2015-12-31&event=ramadi']);
    span.getState().show(null);
    expect(browser.entries).toEqual(['/?event=ramadi']);
  });

  it('writes nothing to the address during a gesture, however the store changes meanwhile, and once when it settles', () => {
    const { store, span, browser } = setup('/?event=ramadi');
    const writes = vi.spyOn(browser.host.history, 'replaceState');
    const pushes = vi.spyOn(browser.host.history, 'pushState');
    for (let i = 0; i < 30; i++) {
      span.getState().follow([Date.UTC(2015, 0, 1 + i), Date.UTC(2016, 0, 1 + i)]);
      // The pointer passes over marks while the plot moves under it.
      store.getState().setHoveredRow(i % 3);
    }
    expect(writes).not.toHaveBeenCalled();
    expect(pushes).not.toHaveBeenCalled();
    span.getState().settle();
    expect(writes).toHaveBeenCalledTimes(1);
    expect(pushes).not.toHaveBeenCalled();
    expect(browser.entries).toEqual(['/?from=2015-01-30&to=2016-01-29&event=ramadi']);
  });

  it('Back restores the span of the entry along with its filters', () => {
    const { store, span, browser } = setup('/?from=2016-01-01&to=2016-12-31&event=ramadi');
    store.getState().select('mosul-falls');
    span.getState().show([Date.UTC(2014, 0, 1), Date.UTC(2015, 0, 1)]);
    browser.back();
    expect(store.getState().selectedId).toBe('ramadi');
    expect(span.getState().settled).toEqual([Date.UTC(2016, 0, 1), Date.UTC(2017, 0, 1)]);
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
    expect(store.getState().notices.map(noticeText).join(' ')).toContain('"zoom"');
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

  describe('in the story', () => {
    const withStory = () => ({
      ...sampleDataset(),
      story: [
        { event: 'mosul-falls', narration: 'a' },
        { event: 'ramadi', narration: 'b' },
        { event: 'talks-first-round', narration: 'c' },
      ],
    });

    it('opens at the step a shared link names, without the default selection', () => {
      const { store, browser } = setup('/?story=2', withStory());
      expect(store.getState().storyStep).toBe(1);
      expect(store.getState().selectedId).toBeNull();
      expect(browser.entries).toEqual(['/?story=2']);
    });

    it('gives every step its own history entry, carrying only the step; Back and Forward step through', () => {
      const { store, browser } = setup('/?event=ramadi', withStory());
      store.getState().setStoryStep(0);
      // What a step shows (its selection, filters, span) is the step's, not the address's.
      store.setState({ selectedId: 'mosul-falls', filters: { actors: ['us'], categories: null, q: '' } });
      store.getState().setStoryStep(1);
      expect(browser.entries).toEqual(['/?event=ramadi', '/?story=1', '/?story=2']);
      browser.back();
      expect(store.getState().storyStep).toBe(0);
      browser.back();
      expect(store.getState().storyStep).toBeNull();
      expect(store.getState().selectedId).toBe('ramadi');
      expect(store.getState().filters.actors).toBeNull();
      browser.forward();
      expect(store.getState().storyStep).toBe(0);
    });

    it('leaving the story writes the view it left, as a step Back can undo', () => {
      const { store, span, browser } = setup('/?story=3', withStory());
      store.setState({ selectedId: 'talks-first-round' });
      span.getState().show([Date.UTC(2023, 9, 1), Date.UTC(2024, 3, 1)]);
      store.getState().setStoryStep(null);
      expect(browser.url).toBe('/?from=2023-10-01&to=2024-03-31&event=talks-first-round');
      browser.back();
      expect(store.getState().storyStep).toBe(2);
    });

    it('keeps embed=1 through every change, and an embed opens without the default selection', () => {
      const { store, browser } = setup('/?embed=1', withStory());
      expect(store.getState().embed).toBe(true);
      expect(store.getState().selectedId).toBeNull();
      store.getState().setStoryStep(0);
      expect(browser.url).toBe('/?story=1&embed=1');
      store.getState().setStoryStep(null);
      expect(browser.url).toBe('/?embed=1');
    });
  });
});
