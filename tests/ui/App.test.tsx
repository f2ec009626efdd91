import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { shownSpan } from '../../src/axis/shownSpan';
import { appStore } from '../../src/store/appStore';
import { DatasetGoneError } from '../../src/load/workerDataset';
import { loadDatasetInto } from '../../src/store/datasetLoader';
import { createInMemoryDataset } from '../../src/model/inMemoryDataset';
import { sampleDataset } from '../store/fixtures';
import { renderApp, renderReadyApp } from './renderApp';

vi.mock('../../src/ui/views', async () => {
  const { LaneListStub } = await import('./viewsStub');
  return { TimelineView: LaneListStub, TroopChartView: () => null };
});

let stop = () => {};
afterEach(() => {
  stop();
  vi.unstubAllGlobals();
});

const lanes = () => within(screen.getByRole('list', { name: 'Timeline lanes' })).queryAllByRole('listitem').map((li) => li.textContent);

describe('App', () => {
  it('unchecking an actor updates the count and hides its lane', async () => {
    const user = userEvent.setup();
    ({ stop } = await renderReadyApp());
    expect(screen.getByRole('status')).toHaveTextContent('Showing 5 of 5 events');
    const actors = screen.getByRole('group', { name: /Actors/ });
    expect(within(actors).getByRole('checkbox', { name: /ISIS/ })).toHaveAccessibleName('ISIS (2 events)');
    await user.click(within(actors).getByRole('checkbox', { name: /ISIS/ }));
    expect(screen.getByRole('status')).toHaveTextContent('Showing 4 of 5 events');
    expect(lanes()).toEqual(['United States', 'Government of Iraq']);
    await user.click(within(actors).getByRole('button', { name: 'Show no actors' }));
    expect(screen.getByRole('status')).toHaveTextContent('Showing 0 of 5 events');
    expect(lanes()).toEqual([]);
    await user.click(within(actors).getByRole('button', { name: 'Show all actors' }));
    expect(screen.getByRole('status')).toHaveTextContent('Showing 5 of 5 events');
  });

  it('unchecking a category narrows the count', async () => {
    const user = userEvent.setup();
    ({ stop } = await renderReadyApp());
    await user.click(screen.getByRole('checkbox', { name: /Diplomacy/ }));
    expect(screen.getByRole('status')).toHaveTextContent('Showing 4 of 5 events');
  });

  it('search narrows the count as you type, ignoring case and accents', async () => {
    const user = userEvent.setup();
    ({ stop } = await renderReadyApp());
    await user.type(screen.getByRole('searchbox', { name: 'Search titles and summaries' }), 'ninawa');
    expect(await screen.findByText('Showing 1 of 5 events')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(screen.getByRole('status')).toHaveTextContent('Showing 5 of 5 events');
    expect(screen.getByRole('searchbox')).toHaveValue('');
  });

  it('when no event matches, says so and "Show all events" brings them all back', async () => {
    const user = userEvent.setup();
    ({ stop } = await renderReadyApp());
    await user.type(screen.getByRole('searchbox', { name: 'Search titles and summaries' }), 'no such words');
    expect(await screen.findByText('Showing 0 of 5 events: none match the filters here')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show all events' }));
    expect(screen.getByRole('status')).toHaveTextContent(/^Showing 5 of 5 events$/);
    expect(screen.getByRole('searchbox')).toHaveValue('');
    expect(screen.queryByRole('button', { name: 'Show all events' })).not.toBeInTheDocument();
  });

  it('the From/To inputs limit the events and show those days', async () => {
    ({ stop } = await renderReadyApp());
    const from = screen.getByLabelText('From');
    expect(from).toHaveValue('2014-06-10');
    act(() => {
      // Setting a full date at once, as the browser's date picker does.
      from.focus();
    });
    const user = userEvent.setup();
    await user.clear(screen.getByLabelText('To'));
    await user.type(screen.getByLabelText('To'), '2015-12-31');
    expect(screen.getByRole('status')).toHaveTextContent('Showing 3 of 5 events');
    expect(shownSpan.getState().settled?.[1]).toBe(Date.UTC(2016, 0, 1));
  });

  it('shows the selected event with every source, its quote and a safe link', async () => {
    const user = userEvent.setup();
    ({ stop } = renderApp());
    await user.click(await screen.findByText('Events in view'));
    await user.click(await screen.findByRole('button', { name: /First round of US–Iraq talks/ }));
    const detail = await screen.findByRole('complementary', { name: 'First round of US–Iraq talks' });
    expect(await within(detail).findByText('27 January 2024', { selector: '.event-detail-date time' })).toBeInTheDocument();
    expect(within(detail).getByText('The National')).toBeInTheDocument();
    expect(within(detail).getByText('the first round of bilateral dialogue').closest('blockquote')).not.toBeNull();
    const links = within(detail).getAllByRole('link');
    expect(links).toHaveLength(1);
    expect(links[0]).toHaveAttribute('href', 'https://www.thenationalnews.com/talks');
    expect(links[0]).toHaveAttribute('rel', 'noopener noreferrer');
    expect(links[0]).toHaveAttribute('target', '_blank');
    // The blog's javascript: URL is not a link; its quote is still shown.
    expect(within(detail).getByText('a blog said so')).toBeInTheDocument();
    expect(within(detail).getByText('kept from the document')).toBeInTheDocument();
    expect(within(detail).getByTitle(/Grade B/)).toBeInTheDocument();
    // Focus follows once the event has been read and the panel has settled.
    await waitFor(() => expect(within(detail).getByRole('heading', { name: 'First round of US–Iraq talks' })).toHaveFocus());
  });

  it('the details of a range event say how long it lasted, at the precision of its dates', async () => {
    const dataset = sampleDataset();
    dataset.events = dataset.events.map((e) => (e.id === 'ramadi' ? { ...e, date: '2015-05', end: '2016-02' } : e));
    ({ stop } = renderApp(dataset));
    await screen.findByRole('group', { name: /Actors/ });
    act(() => appStore.getState().select('ramadi'));
    const detail = await screen.findByRole('complementary', { name: 'Ramadi falls' });
    // Month precision: months, never days.
    expect(await within(detail).findByText(/lasted 10 months$/)).toHaveClass('event-detail-lasted');
  });

  it('when the data\'s worker has died, the details say so and offer to reload the data', async () => {
    const user = userEvent.setup();
    const onReload = vi.fn();
    ({ stop } = renderApp(sampleDataset(), { onReload }));
    const dataset = appStore.getState().dataset!;
    act(() => appStore.getState().setDataset({ ...dataset, getEvent: () => Promise.reject(new DatasetGoneError('no answer for 10 seconds')) }));
    await user.click(await screen.findByText('Events in view'));
    await user.click(await screen.findByRole('button', { name: /First round of US–Iraq talks/ }));
    const detail = await screen.findByRole('complementary', { name: 'First round of US–Iraq talks' });
    expect(await within(detail).findByRole('alert')).toHaveTextContent(/background worker that held it stopped \(no answer for 10 seconds\)/);
    expect(within(detail).queryByText('Loading…')).toBeNull();
    await user.click(within(detail).getByRole('button', { name: 'Reload the data' }));
    expect(onReload).toHaveBeenCalledTimes(1);
  });

  it('Escape closes the details and focus returns to the list item', async () => {
    const user = userEvent.setup();
    ({ stop } = renderApp());
    await user.click(await screen.findByText('Events in view'));
    const item = await screen.findByRole('button', { name: /Ramadi falls/ });
    await user.click(item);
    await screen.findByRole('complementary', { name: 'Ramadi falls' });
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Ramadi falls' })).toHaveFocus());
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('complementary', { name: 'Ramadi falls' })).not.toBeInTheDocument();
    // In the frame after the panel unmounts (EventDetail: not inside the commit that removed it).
    await waitFor(() => expect(screen.getByRole('button', { name: /Ramadi falls/ })).toHaveFocus());
  });

  it('lists events in view in date order, capped', async () => {
    const user = userEvent.setup();
    const doc = sampleDataset();
    const template = doc.events[0];
    doc.events = Array.from({ length: 250 }, (_, i) => ({
      ...template,
      id: `e${i}`,
      title: `Event ${i}`,
      date: new Date(Date.UTC(2015, 0, 1 + i)).toISOString().slice(0, 10),
    }));
    ({ stop } = renderApp(doc));
    await user.click(await screen.findByText('Events in view'));
    const items = within(await screen.findByRole('list', { name: 'Events in view, by date' })).getAllByRole('listitem');
    expect(items).toHaveLength(200);
    expect(items[0]).toHaveTextContent('1 Jan 2015');
    expect(screen.getByText(/and 50 more — zoom in or filter to see them/)).toBeInTheDocument();
  });

  it('notices can be dismissed', async () => {
    const user = userEvent.setup();
    ({ stop } = renderApp());
    act(() => appStore.getState().addNotice({ key: 'noticeUnknownParam', params: { name: 'zoom' } }));
    const notice = await screen.findByText('Ignored the unknown URL parameter "zoom".');
    expect(notice).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Dismiss: Ignored the unknown URL parameter "zoom"/ }));
    expect(screen.queryByText('Ignored the unknown URL parameter "zoom".')).not.toBeInTheDocument();
  });

  it('a dataset with errors shows each problem with its path, and a way back to the default', async () => {
    const user = userEvent.setup();
    const onLoadDefault = vi.fn();
    ({ stop } = renderApp(null, { onLoadDefault }));
    const doc = sampleDataset();
    doc.sources = doc.sources.filter((s) => s.id !== 'blog');
    doc.events[4].sources = [{ source: 'news' }];
    doc.events[1].date = '2014-13-01';
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(doc))));
    await act(() => loadDatasetInto(appStore, 'https://example.org/broken.json', '/default.json'));
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert).toHaveTextContent('The dataset has 1 problem');
    expect(alert).toHaveTextContent('https://example.org/broken.json');
    expect(within(alert).getByText('events[1].date')).toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: 'Load the default dataset' }));
    expect(onLoadDefault).toHaveBeenCalledOnce();
  });

  it('copying problems falls back to a selectable text when the clipboard is unavailable', async () => {
    const user = userEvent.setup();
    ({ stop } = renderApp(null));
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) }, configurable: true });
    act(() =>
      appStore.getState().setLoadError({
        title: 'The server answered HTTP 404 Not Found',
        location: '/nope.json',
        problems: [{ path: '(response)', message: 'No dataset was found at this address (404).' }],
      }),
    );
    await user.click(await screen.findByRole('button', { name: 'Copy problems' }, { timeout: 5000 }));
    expect(await screen.findByRole('textbox')).toHaveValue(
      'The server answered HTTP 404 Not Found\n/nope.json\n\n(response): No dataset was found at this address (404).',
    );
  });

  it('shows progress while loading', () => {
    ({ stop } = renderApp(null));
    act(() => appStore.getState().setProgress({ phase: 'fetch', fraction: 0.42, events: 0 }));
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '42');
  });

  it('a loaded dataset\'s views mount in a task after the one that stored it, where the progress stays until then', async () => {
    ({ stop } = renderApp(null));
    act(() => appStore.getState().startLoading(null));
    act(() => appStore.getState().setDataset(createInMemoryDataset(sampleDataset())));
    // The worker's reply is that task: the store and the address, not the render of the views.
    expect(screen.queryByRole('list', { name: 'Timeline lanes' })).toBeNull();
    expect(screen.getByRole('progressbar')).toBeInTheDocument();
    expect(await screen.findByRole('list', { name: 'Timeline lanes' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Showing 5 of 5 events');
    expect(screen.queryByRole('progressbar')).toBeNull();
  });
});
