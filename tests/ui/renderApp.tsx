import { render, screen } from '@testing-library/react';
import { createInMemoryDataset } from '../../src/model/inMemoryDataset';
import type { Dataset } from '../../src/model/types';
import { appStore } from '../../src/store/appStore';
import { resetStores } from '../storeTestUtils';
import { startSearchSync } from '../../src/store/searchSync';
import { App, type AppProps } from '../../src/ui/App';
import { sampleDataset } from '../store/fixtures';

/**
 * Renders the app over the shared store with a dataset already loaded and the
 * search subscriber and the span's extent running, as the session would. Returns a cleanup.
 */
export function renderApp(dataset: Dataset | null = sampleDataset(), props: AppProps = {}) {
  resetStores();
  const stops = [startSearchSync(appStore)];
  if (dataset) appStore.getState().setDataset(createInMemoryDataset(dataset));
  const result = render(<App {...props} />);
  return {
    ...result,
    stop: () => stops.forEach((s) => s()),
  };
}

/**
 * renderApp, then waits for the filter panel: the data's first render is staged, and the
 * filters mount in a task after the timeline's first frame.
 */
export async function renderReadyApp(...args: Parameters<typeof renderApp>) {
  const result = renderApp(...args);
  await screen.findByRole('group', { name: /Actors/ });
  return result;
}
