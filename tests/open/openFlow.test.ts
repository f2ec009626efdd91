import { describe, expect, it, vi } from 'vitest';
import { createOpenFlow, type OpenState } from '../../src/open/openFlow';
import { createAppStore } from '../../src/store/appStore';
import { sampleDataset } from '../store/fixtures';

/** The sample dataset without its unsafe source, so that it validates. */
const validDoc = () => {
  const doc = sampleDataset();
  doc.sources = doc.sources.filter((s) => s.id !== 'blog');
  for (const e of doc.events) e.sources = e.sources.filter((c) => c.source !== 'blog');
  return doc;
};

/** Resolves when the flow reaches a step that is not a read in progress. */
function settled(state: { getState: () => OpenState; subscribe: (l: (s: OpenState) => void) => () => void }) {
  return new Promise<OpenState>((resolve) => {
    const check = (s: OpenState) => {
      if (s.current.step !== 'reading') {
        stop();
        resolve(s);
      }
    };
    const stop = state.subscribe(check);
  });
}

describe('the open flow', () => {
  it('shows an opened file as the dataset on screen, named and without an address', async () => {
    const app = createAppStore();
    const onShown = vi.fn();
    const flow = createOpenFlow(app, onShown);
    const done = settled(flow.state);
    await flow.open({ file: new Blob([JSON.stringify(validDoc())]), name: 'mine.json' });
    await done;
    await vi.waitFor(() => expect(app.getState().dataset?.meta.title).toBe('Test coalition timeline'));
    expect(app.getState()).toMatchObject({ status: 'ready', datasetName: 'mine.json', datasetUrl: null, opened: true });
    expect(flow.state.getState().detected).toBe('v1-json');
    expect(onShown).toHaveBeenCalledOnce();
  });

  it('a file that fails after a good one says why, and the good one stays on screen', async () => {
    const app = createAppStore();
    const flow = createOpenFlow(app);
    await flow.open({ file: new Blob([JSON.stringify(validDoc())]), name: 'good.json' });
    await vi.waitFor(() => expect(app.getState().dataset).not.toBeNull());
    const shown = app.getState().dataset;

    const failed = settled(flow.state);
    await flow.open({ file: new Blob(['{ "version": 1, oops']), name: 'bad.json' });
    const s = await failed;
    expect(s.current).toMatchObject({ step: 'failed', name: 'bad.json', title: 'The dataset is not valid JSON' });
    expect(app.getState().dataset).toBe(shown);
    expect(app.getState().datasetName).toBe('good.json');

    const empty = settled(flow.state);
    await flow.open({ file: new Blob(['   ']), name: 'empty.json' });
    expect((await empty).current).toMatchObject({ step: 'failed', title: 'The file is empty' });
    expect(app.getState().dataset).toBe(shown);
  });

  it('a second open cancels the first: only the last file is shown', async () => {
    const app = createAppStore();
    const flow = createOpenFlow(app);
    const first = { ...validDoc(), title: 'First' };
    const second = { ...validDoc(), title: 'Second' };
    void flow.open({ file: new Blob([JSON.stringify(first)]), name: 'first.json' });
    await flow.open({ file: new Blob([JSON.stringify(second)]), name: 'second.json' });
    await vi.waitFor(() => expect(app.getState().dataset?.meta.title).toBe('Second'));
    await new Promise((r) => setTimeout(r, 50));
    expect(app.getState().dataset?.meta.title).toBe('Second');
  });

  it('cancel stops the read and leaves the data on screen alone', async () => {
    const app = createAppStore();
    const flow = createOpenFlow(app);
    const reading = flow.open({ file: new Blob([JSON.stringify(validDoc())]), name: 'slow.json' });
    flow.cancel();
    await reading;
    await new Promise((r) => setTimeout(r, 50));
    expect(app.getState().dataset).toBeNull();
    expect(flow.state.getState().current.step).toBe('choose');
  });
});
