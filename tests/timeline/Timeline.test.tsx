import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { Profiler } from 'react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createInMemoryDataset } from '../../src/model/inMemoryDataset';
import { showSpan, shownSpan } from '../../src/axis/shownSpan';
import { appStore } from '../../src/store/appStore';
import { Timeline } from '../../src/timeline/Timeline';
import { onEscape } from '../../src/ui/escapeStack';
import { loadDatasetIntoStore, resetStores } from '../storeTestUtils';
import { makeDataset } from './fixture';
import { chooseDigits } from '../../src/i18n/locale';

const dataset = makeDataset([
  { id: 'mosul', date: '2014-06', title: 'Fall of Mosul', actors: ['isis', 'iraq'], importance: 3 },
  { id: 'strikes', date: '2014-08-08', title: 'First US airstrikes', actors: ['us'] },
  { id: 'talks', date: '2024-01-27', title: 'First round of talks', actors: ['us', 'iraq'] },
  { id: 'campaign', date: '2016-10-17', end: '2017-07-09', title: 'Battle of Mosul', actors: ['iraq'] },
]);

beforeAll(() => {
  // jsdom has no canvas: the canvas layer draws nothing, the SVG layer is what is tested.
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});

beforeEach(() => loadDatasetIntoStore(dataset));
afterEach(resetStores);

const span = () => shownSpan.getState().domain[1] - shownSpan.getState().domain[0];

describe('Timeline', () => {
  it('shows a lane for each checked actor, named, in dataset order', async () => {
    appStore.getState().setActors(['isis', 'us']);
    render(<Timeline />);
    const headers = await screen.findAllByTestId('lane-header');
    expect(headers.map((h) => h.textContent)).toEqual(['United States', 'ISIS']);
  });

  it('names each mark with its title and its date at the precision given', async () => {
    render(<Timeline />);
    const mosul = await screen.findAllByRole('button', { name: /^Fall of Mosul, June 2014, ISIS, Iraqi government, key event$/ });
    // One copy per actor lane.
    expect(mosul).toHaveLength(2);
    expect(screen.getByRole('button', { name: /^First US airstrikes, 8 August 2014, United States$/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Battle of Mosul, 17 October 2016 – 9 July 2017/ })).toBeInTheDocument();
  });

  it('selects the event when a mark is clicked', async () => {
    render(<Timeline />);
    await userEvent.click(await screen.findByRole('button', { name: /^First US airstrikes/ }));
    expect(appStore.getState().selectedId).toBe('strikes');
  });

  it('highlights every copy of an event when one is hovered', async () => {
    render(<Timeline />);
    const [first, second] = await screen.findAllByRole('button', { name: /^Fall of Mosul/ });
    fireEvent.mouseEnter(first);
    expect(appStore.getState().hoveredRow).toBe(appStore.getState().dataset!.text.indexOf('mosul'));
    await waitFor(() => expect(second).toHaveClass('is-hovered'));
    expect(first).toHaveClass('is-hovered');
  });

  it('narrows the visible window with the zoom-in button and restores it with fit all', async () => {
    render(<Timeline />);
    await screen.findAllByTestId('lane-header');
    const whole = span();
    await userEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    await waitFor(() => expect(span() / whole).toBeCloseTo(0.5, 3));
    await userEvent.click(screen.getByRole('button', { name: 'Fit all' }));
    await waitFor(() => expect(span() / whole).toBeCloseTo(1, 3));
  });

  it('is one tab stop: a tree of lanes whose focused item zooms with + around itself', async () => {
    render(<Timeline />);
    const lane = await screen.findByRole('treeitem', { name: /^United States: 2 events/ }, { timeout: 5000 });
    expect(lane.getAttribute('tabindex')).toBe('0');
    // The marks are reached through the tree, not by Tab.
    await screen.findAllByRole('button', { name: /^Fall of Mosul/ });
    const focusable = [...document.querySelectorAll('[tabindex="0"]')].filter((el) => el.closest('.tl-surface'));
    expect(focusable).toEqual([lane]);
    lane.focus();
    await userEvent.keyboard('{ArrowDown}');
    const period = document.activeElement as Element;
    expect(period.getAttribute('aria-level')).toBe('2');
    expect(period.textContent).toMatch(/2014.*: 1 event: First US airstrikes/);
    const whole = span();
    await userEvent.keyboard('+');
    await waitFor(() => expect(span() / whole).toBeCloseTo(0.5, 3));
  });

  it('walks lanes, periods and events with the arrow keys, selects with Enter and clears with Escape at the top', async () => {
    // What the open detail panel registers in the app: Escape clears the selection, in one place (escapeStack).
    const offEscape = onEscape(() => appStore.getState().select(null));
    render(<Timeline />);
    const lane = await screen.findByRole('treeitem', { name: /^United States/ }, { timeout: 5000 });
    lane.focus();
    await userEvent.keyboard('{ArrowDown}{ArrowRight}');
    expect(document.activeElement?.textContent).toMatch(/2024.*First round of talks/);
    expect(document.activeElement?.getAttribute('aria-posinset')).toBe('2');
    expect(document.activeElement?.getAttribute('aria-setsize')).toBe('2');
    await userEvent.keyboard('{ArrowDown}');
    const event = document.activeElement as Element;
    expect(event.getAttribute('aria-level')).toBe('3');
    expect(event.textContent).toMatch(/^First round of talks, 27 January 2024/);
    expect(event.getAttribute('aria-selected')).toBe('false');
    await userEvent.keyboard('{Enter}');
    expect(appStore.getState().selectedId).toBe('talks');
    await waitFor(() => expect(event.getAttribute('aria-selected')).toBe('true'));
    // Shift+Down: the same time in the next lane (Iraq has the talks too).
    await userEvent.keyboard('{Shift>}{ArrowDown}{/Shift}');
    expect(document.activeElement?.getAttribute('aria-level')).toBe('3');
    expect(document.activeElement?.textContent).toMatch(/^First round of talks.*Iraq/);
    await userEvent.keyboard('{Escape}{Escape}');
    expect(document.activeElement?.getAttribute('aria-level')).toBe('1');
    expect(document.activeElement?.textContent).toMatch(/^Iraq/);
    expect(appStore.getState().selectedId).toBe('talks');
    await userEvent.keyboard('{Escape}');
    expect(appStore.getState().selectedId).toBeNull();
    offEscape();
  });

  it('shows a span asked for from outside (URL restore, date inputs, a story step) on its axis', async () => {
    const { container } = render(<Timeline />);
    await screen.findAllByTestId('lane-header');
    act(() => showSpan([Date.UTC(2016, 0, 1), Date.UTC(2017, 0, 1)]));
    expect(shownSpan.getState().domain).toEqual([Date.UTC(2016, 0, 1), Date.UTC(2017, 0, 1)]);
    await waitFor(() => expect([...container.querySelectorAll('.tl-axis .tick text')].map((t) => t.textContent)).toContain('Apr'));
  });

  it('follows gesture frames without a React render: the axis ticks move with each frame and keep their nodes', async () => {
    let commits = 0;
    const { container } = render(
      <Profiler id="timeline" onRender={() => commits++}>
        <Timeline />
      </Profiler>,
    );
    await screen.findAllByRole('button', { name: /^First US airstrikes/ });
    act(() => showSpan([Date.UTC(2016, 0, 1), Date.UTC(2017, 0, 1)]));
    const frame = () => act(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));
    await frame();
    await act(() => new Promise<void>((resolve) => setTimeout(resolve, 300)));
    const before = commits;
    // July's tick stays in view all along.
    const first = [...container.querySelectorAll('.tl-axis .tick')].find((t) => t.textContent === 'Jul')!;
    const labels = () => [...container.querySelectorAll('.tl-axis .tick text')].map((t) => t.textContent);
    expect(labels()).toContain('Apr');
    // A slow pan: ten frames of a few days each, the settle's quiet time never reached.
    const positions: string[] = [];
    for (let i = 1; i <= 10; i++) {
      act(() => shownSpan.getState().follow([Date.UTC(2016, 0, 1 + 3 * i), Date.UTC(2017, 0, 1 + 3 * i)]));
      await frame();
      positions.push(first.getAttribute('transform')!);
    }
    expect(commits).toBe(before);
    // The same node, moved left frame by frame as the span moves later.
    expect(first.isConnected).toBe(true);
    const xs = positions.map((p) => Number(/translate\(([-\d.]+),/.exec(p)![1]));
    for (let i = 1; i < xs.length; i++) expect(xs[i]).toBeLessThan(xs[i - 1]);
  });

  it('zooms into a cluster when its count badge is activated', async () => {
    const crowded = makeDataset([
      ...Array.from({ length: 30 }, (_, i) => ({ id: `e${i}`, date: `2015-03-${String(1 + (i % 3)).padStart(2, '0')}` })),
      { id: 'later', date: '2019-01-01' },
    ]);
    appStore.getState().setDataset(createInMemoryDataset(crowded));
    render(<Timeline />);
    const badge = await screen.findByRole('button', { name: /more events, .*press to expand/ });
    const before = span();
    await userEvent.click(badge);
    await waitFor(() => expect(span()).toBeLessThan(before / 100));
    const [from, to] = shownSpan.getState().domain;
    expect(from).toBeLessThanOrEqual(Date.UTC(2015, 2, 1));
    expect(to).toBeGreaterThanOrEqual(Date.UTC(2015, 2, 3));
  });

  it('writes a badge\'s "+N" and the axis\'s days of the month in Arabic-Indic digits when the reader chooses them', async () => {
    chooseDigits('arab');
    try {
      const crowded = makeDataset([
        ...Array.from({ length: 30 }, (_, i) => ({ id: `e${i}`, date: `2015-03-${String(1 + (i % 3)).padStart(2, '0')}` })),
        { id: 'later', date: '2019-01-01' },
      ]);
      appStore.getState().setDataset(createInMemoryDataset(crowded));
      const { container } = render(<Timeline />);
      const badge = await screen.findByRole('button', { name: /^[٠-٩]+ more events, .*press to expand/ });
      expect(badge.textContent).toMatch(/^\+[٠-٩]+$/);
      act(() => showSpan([Date.UTC(2017, 5, 25), Date.UTC(2017, 6, 8)]));
      await waitFor(() => expect([...container.querySelectorAll('.tl-axis .tick text')].map((t) => t.textContent)).toContain('٢٧ Jun'));
    } finally {
      chooseDigits(null);
    }
  });

  it('jumps without animation when reduced motion is preferred', async () => {
    const original = window.matchMedia;
    window.matchMedia = ((query: string) => ({ matches: query.includes('reduce'), addEventListener() {}, removeEventListener() {} })) as unknown as typeof window.matchMedia;
    try {
      render(<Timeline />);
      await screen.findAllByTestId('lane-header');
      const whole = span();
      await userEvent.click(screen.getByRole('button', { name: 'Zoom out' }));
      await userEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
      expect(span() / whole).toBeCloseTo(0.5, 6);
    } finally {
      window.matchMedia = original;
    }
  });

  it('pans on a sideways swipe instead of zooming', async () => {
    render(<Timeline />);
    await screen.findAllByTestId('lane-header');
    // The gestures attach once the lanes have drawn their first frame.
    await waitFor(() => expect(appStore.getState().drawn).not.toBeNull());
    act(() => showSpan([Date.UTC(2016, 0, 1), Date.UTC(2017, 0, 1)]));
    const plot = document.querySelector('.tl-plot')!;
    fireEvent.wheel(plot, { deltaX: 120, deltaY: 4 });
    const [from, to] = shownSpan.getState().domain;
    expect(from).toBeGreaterThan(Date.UTC(2016, 0, 1));
    expect(to - from).toBe(Date.UTC(2017, 0, 1) - Date.UTC(2016, 0, 1));
    // The counts and the URL wait for the swipe to end, then take the new span.
    expect(shownSpan.getState().settled).toEqual([Date.UTC(2016, 0, 1), Date.UTC(2017, 0, 1)]);
    await waitFor(() => expect(shownSpan.getState().settled).toEqual([from, to]));
  });

  it('keeps the DOM bounded by the screen, not the data, at 20,000 events', async () => {
    const big = makeDataset(
      Array.from({ length: 20_000 }, (_, i) => ({
        id: `e${i}`,
        date: new Date(Date.UTC(2014, 0, 1) + (i % 3650) * 86_400_000).toISOString().slice(0, 10),
        actors: [['us', 'iraq', 'isis'][i % 3]],
      })),
    );
    appStore.getState().setDataset(createInMemoryDataset(big));
    const { container } = render(<Timeline />);
    await screen.findAllByTestId('lane-header');
    const nodes = () => container.querySelectorAll('*').length;
    await waitFor(() => expect(container.querySelector('.tl-axis .tick')).not.toBeNull());
    expect(nodes()).toBeLessThan(1500);
    act(() => showSpan([Date.UTC(2016, 0, 1), Date.UTC(2016, 2, 1)]));
    await waitFor(() => expect(container.querySelectorAll('.tl-mark').length).toBeGreaterThan(0));
    expect(container.querySelectorAll('.tl-mark').length).toBeLessThanOrEqual(300);
    expect(nodes()).toBeLessThan(1500);
  });

  it('describes the overview brush for assistive technology', async () => {
    render(<Timeline />);
    const overview = await screen.findByRole('group', { name: 'Overview' });
    expect(overview).toHaveAccessibleDescription(/drag it to move/);
    expect(within(overview).queryByRole('button')).toBeNull();
  });
});
