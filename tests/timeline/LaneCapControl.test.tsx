import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../../src/model/types';
import { appStore } from '../../src/store/appStore';
import { Timeline } from '../../src/timeline/Timeline';
import { loadDatasetIntoStore, resetStores } from '../storeTestUtils';

/** `n` actors "Actor 01".."Actor n"; actor k has k events, so the busiest is the last. */
function manyActors(n: number): Dataset {
  const pad = (k: number) => String(k).padStart(2, '0');
  const actors = Array.from({ length: n }, (_, i) => ({ id: `a${pad(i + 1)}`, name: `Actor ${pad(i + 1)}` }));
  const events = actors.flatMap((a, i) =>
    Array.from({ length: i + 1 }, (_, j) => ({
      id: `${a.id}-${j}`,
      date: `${2000 + j}-01-01`,
      title: `Event ${a.id} ${j}`,
      actors: [a.id],
      category: 'c',
      sources: [{ source: 's' }],
    })),
  );
  return { version: 1, title: 'Many', actors, categories: [{ id: 'c', name: 'C' }], sources: [{ id: 's', publisher: 'Wire', title: 'Report' }], series: [], events };
}

const laneNames = () => screen.getAllByTestId('lane-header').map((h) => h.textContent);

beforeAll(() => {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
afterEach(resetStores);

describe('lanes of a dataset with more actors than fit', () => {
  it('shows the 20 busiest, busiest first, and all of them on "Show all", and back', async () => {
    loadDatasetIntoStore(manyActors(25));
    const user = userEvent.setup();
    render(<Timeline />);
    // The control is a chunk of its own (with its words): under a loaded machine its first import takes a while.
    expect(await screen.findByText('Showing the 20 busiest of 25 actors', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(laneNames()).toHaveLength(20);
    expect(laneNames().slice(0, 2)).toEqual(['Actor 25', 'Actor 24']);
    expect(laneNames()).not.toContain('Actor 05');

    await user.click(screen.getByRole('button', { name: 'Show all 25' }));
    expect(screen.getByText('Showing all 25 actors')).toBeInTheDocument();
    expect(laneNames()).toHaveLength(25);
    expect(laneNames()[0]).toBe('Actor 01');

    await user.click(screen.getByRole('button', { name: 'Show top 20' }));
    expect(laneNames()).toHaveLength(20);
    expect(appStore.getState().allLanes).toBe(false);
    // The first render of the timeline in this file fetches its lazy chunks: on a loaded
    // machine that alone has taken most of the default 20 s.
  }, 60_000);

  it('ranks the actors the filter leaves: unticking one brings the next busiest in', async () => {
    loadDatasetIntoStore(manyActors(25));
    appStore.getState().setActors(manyActors(25).actors.filter((a) => a.id !== 'a25').map((a) => a.id));
    render(<Timeline />);
    expect(await screen.findByText('Showing the 20 busiest of 24 actors')).toBeInTheDocument();
    expect(laneNames()[0]).toBe('Actor 24');
    expect(laneNames()).toContain('Actor 05');
  });

  it('has no control and every lane in dataset order when the actors fit', async () => {
    loadDatasetIntoStore(manyActors(15));
    render(<Timeline />);
    await screen.findAllByTestId('lane-header');
    expect(laneNames()).toHaveLength(15);
    expect(laneNames()[0]).toBe('Actor 01');
    expect(screen.queryByTestId('lane-cap')).toBeNull();
  });
});
