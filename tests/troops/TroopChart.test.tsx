import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { Profiler } from 'react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createInMemoryDataset } from '../../src/model/inMemoryDataset';
import type { Dataset } from '../../src/model/types';
import { showSpan, shownSpan } from '../../src/axis/shownSpan';
import { appStore } from '../../src/store/appStore';
import { TroopChart } from '../../src/troops/TroopChart';
import { loadDatasetIntoStore, resetStores } from '../storeTestUtils';

const dataset: Dataset = {
  version: 1,
  title: 'Test',
  actors: [{ id: 'us', name: 'United States' }],
  categories: [{ id: 'deploy', name: 'Deployment' }],
  sources: [
    { id: 'dod', publisher: 'US Department of Defense', title: 'Force management levels', grade: 'A' },
    { id: 'reuters', publisher: 'Reuters', title: 'US troops in Iraq', url: 'https://www.reuters.com/x', grade: 'B' },
  ],
  events: [
    { id: 'e1', date: '2014-06-15', title: 'Advisers sent', actors: ['us'], category: 'deploy', sources: [{ source: 'dod' }] },
  ],
  series: [
    {
      id: 'us-troops-iraq',
      name: 'US troops in Iraq',
      unit: 'troops',
      actor: 'us',
      note: 'Official levels leave out temporary troops.',
      points: [
        { date: '2014-06-30', value: 775, estimate: 'exact', kind: 'official', source: 'dod' },
        { date: '2017-11', value: 5200, estimate: 'approximate', kind: 'official', source: 'reuters', quote: 'roughly 5,200 American troops' },
        { date: '2020-09', value: 3000, estimate: 'authorized', kind: 'ceiling', source: 'dod', note: 'announced on 9 September' },
      ],
    },
    {
      id: 'us-troops-syria',
      name: 'US troops in Syria',
      unit: 'troops',
      actor: 'us',
      points: [
        { date: '2017-12-06', value: 2000, estimate: 'exact', kind: 'official', source: 'dod' },
        { date: '2019', value: 1000, estimate: 'approximate', kind: 'planned', source: 'reuters' },
      ],
    },
    {
      id: 'attacks-on-us-forces',
      name: 'Attacks on US forces',
      unit: 'attacks',
      points: [{ date: '2023-11-20', value: 66, estimate: 'exact', kind: 'count', source: 'reuters' }],
    },
  ],
};

const seriesPaths = (container: HTMLElement, id: string) => container.querySelectorAll(`path[data-series="${id}"]`);
const timeTickLabels = (container: HTMLElement) =>
  [...container.querySelectorAll('.troops-axis-x:not(.troops-axis-nolabels) .tick text')].map((t) => t.textContent);

/** Renders the chart, moves the pointer to date `t` and returns the crosshair readout's rows as text (its code comes on first use). */
async function readoutAt(t: number): Promise<(string | null)[]> {
  const { container } = render(<TroopChart />);
  const svg = container.querySelector('svg.troops-svg')!;
  const [from, to] = shownSpan.getState().domain;
  const plotWidth = 960 - 60 - 18;
  fireEvent.pointerMove(svg, { clientX: 60 + ((t - from) / (to - from)) * plotWidth });
  await waitFor(() => expect(container.querySelectorAll('.troops-readout-row').length).toBeGreaterThan(0));
  return [...container.querySelectorAll('.troops-readout-row')].map((r) => r.textContent);
}

beforeEach(() => {
  loadDatasetIntoStore(dataset);
  // The figures run 2014-2024 while the one event is in 2014: navigate over the figures' years.
  shownSpan.getState().reset([Date.UTC(2014, 0, 1), Date.UTC(2025, 0, 1)]);
});
afterEach(() => {
  vi.useRealTimers();
  resetStores();
});

describe('TroopChart', () => {
  it('draws every series as a step line, troops and attacks in separate panels', () => {
    const { container } = render(<TroopChart />);
    expect(screen.getByRole('figure')).toHaveTextContent('Troop numbers');
    expect(seriesPaths(container, 'us-troops-iraq').length).toBeGreaterThan(0);
    expect(seriesPaths(container, 'us-troops-syria').length).toBeGreaterThan(0);
    expect(seriesPaths(container, 'attacks-on-us-forces').length).toBe(1);
    expect([...container.querySelectorAll('.troops-panel-title')].map((t) => t.textContent)).toEqual([
      'Troops',
      'Attacks on US forces',
    ]);
    // The y axis has thousands separators.
    expect([...container.querySelectorAll('.troops-axis-y .tick text')].map((t) => t.textContent)).toContain('5,000');
  });

  it('hides a series’ path when its legend button is toggled, and shows it again', async () => {
    const user = userEvent.setup();
    const { container } = render(<TroopChart />);
    const button = screen.getByRole('button', { name: 'US troops in Syria' });
    expect(button).toHaveAttribute('aria-pressed', 'true');
    await user.click(button);
    expect(button).toHaveAttribute('aria-pressed', 'false');
    expect(seriesPaths(container, 'us-troops-syria')).toHaveLength(0);
    expect(seriesPaths(container, 'us-troops-iraq').length).toBeGreaterThan(0);
    expect(appStore.getState().hiddenSeries).toEqual(['us-troops-syria']);
    await user.click(button);
    expect(seriesPaths(container, 'us-troops-syria').length).toBeGreaterThan(0);
  });

  it('shows a figure’s value, date, kind of figure, source and quote when Enter picks it in the chart’s tree', async () => {
    const user = userEvent.setup();
    render(<TroopChart />);
    const series = screen.getByRole('treeitem', { name: /^US troops in Iraq: 3 figures in 3 steps/ });
    act(() => series.focus());
    await user.keyboard('{ArrowDown}{ArrowRight}{ArrowDown}');
    const figure = document.activeElement!;
    expect(figure).toHaveAccessibleName(/^about 5,200 troops, November 2017, official level, approximate\. Source: Reuters$/);
    expect(figure).toHaveAttribute('aria-selected', 'false');
    await user.keyboard('{Enter}');
    // The tooltip's code is fetched on first use.
    const tip = await screen.findByRole('tooltip');
    expect(tip).toHaveTextContent('about 5,200 troops');
    expect(tip).toHaveTextContent('November 2017');
    expect(tip).toHaveTextContent('official level, approximate');
    expect(tip).toHaveTextContent('Reuters: “US troops in Iraq” (grade B: established news)');
    expect(tip).toHaveTextContent('“roughly 5,200 American troops”');
    expect(figure).toHaveAttribute('aria-selected', 'true');
    // The marker it stands for is named by the tooltip.
    expect(screen.getByRole('img', { name: /US troops in Iraq: about 5,200 troops, November 2017/ })).toHaveAttribute('aria-describedby', tip.id);
    // Escape climbs out of the tree first; at its top it puts the figure away.
    await user.keyboard('{Escape}{Escape}');
    expect(screen.getByRole('tooltip')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });

  it('is one tab stop: a tree of series, steps with their dates, figure, kind and change, then the figures', async () => {
    const user = userEvent.setup();
    const { container } = render(<TroopChart />);
    const stops = [...container.querySelectorAll('figure [tabindex="0"]')];
    expect(stops).toHaveLength(1);
    expect(stops[0]).toHaveAccessibleName(/^US troops in Iraq: 3 figures in 3 steps, 30 June 2014 to September 2020$/);
    expect(container.querySelectorAll('.troops-marker[tabindex]')).toHaveLength(0);
    act(() => (stops[0] as HTMLElement).focus());
    expect(stops[0]).toHaveAttribute('aria-level', '1');
    expect(stops[0]).toHaveAttribute('aria-setsize', '3');
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toHaveAccessibleName('30 June 2014 to November 2017: 775 troops, official level, the first figure');
    expect(document.activeElement).toHaveAttribute('aria-level', '2');
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toHaveAccessibleName('From November 2017: about 5,200 troops, official level, approximate, up 4,425 from the step before');
    await user.keyboard('{End}');
    expect(document.activeElement).toHaveAccessibleName(
      'From September 2020: up to 3,000 troops, authorized ceiling, 2,200 below the official level in force (about 5,200 troops)',
    );
    // Shift+Down: the same time in the next series (Syria's plan of 2019 is in force then).
    await user.keyboard('{Shift>}{ArrowDown}{/Shift}');
    expect(document.activeElement).toHaveAccessibleName(/^From 2019: about 1,000 troops, planned level, approximate/);
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toHaveAttribute('aria-level', '3');
    expect(document.activeElement).not.toHaveAttribute('aria-expanded');
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(document.activeElement).toHaveAccessibleName(/^US troops in Syria: 2 figures in 2 steps/);
  });

  it('zooms the shared span with + around the focused item, and pans to a step out of view', async () => {
    const user = userEvent.setup();
    render(<TroopChart />);
    const domain = () => shownSpan.getState().domain;
    const [a, b] = domain();
    act(() => screen.getByRole('treeitem', { name: /^US troops in Iraq/ }).focus());
    await user.keyboard('+');
    await waitFor(() => expect(domain()[1] - domain()[0]).toBeCloseTo((b - a) / 2, -3));
    await user.keyboard('{ArrowDown}');
    // The first step (mid-2014) was left of the zoomed span: the span moves to show it, at the same zoom.
    await waitFor(() => expect(domain()[0]).toBeLessThanOrEqual(Date.UTC(2014, 5, 30)));
    expect(domain()[1] - domain()[0]).toBeCloseTo((b - a) / 2, -3);
  });

  it('follows the shared viewport: a new domain changes the time ticks and the paths', async () => {
    const { container } = render(<TroopChart />);
    const before = timeTickLabels(container);
    expect(before).toContain('2018');
    const pathBefore = seriesPaths(container, 'us-troops-iraq')[0].getAttribute('d');
    act(() => showSpan([Date.UTC(2017, 9, 1), Date.UTC(2018, 0, 1)]));
    await waitFor(() => expect(timeTickLabels(container)).toContain('8 Oct'));
    expect(timeTickLabels(container)).not.toContain('2016');
    expect(seriesPaths(container, 'us-troops-iraq')[0].getAttribute('d')).not.toBe(pathBefore);
  });

  it('follows gesture frames without re-rendering: the drawn lines move by a transform, and the settled span renders once', async () => {
    let commits = 0;
    const { container } = render(
      <Profiler id="chart" onRender={() => commits++}>
        <TroopChart />
      </Profiler>,
    );
    await act(() => new Promise<void>((resolve) => setTimeout(resolve, 200)));
    // Frames come as fast as the machine gives them: the quiet-time fallback (a gesture that never
    // settles) must not fire between two of them on a loaded machine, so timers wait until told.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const before = commits;
    const frame = () => act(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));
    // A zoom gesture: ten frames, each narrowing the span about mid-2019.
    for (let i = 1; i <= 10; i++) {
      const half = (5.5 * 365 * 86_400_000) / 1.3 ** i;
      act(() => shownSpan.getState().follow([Date.UTC(2019, 6, 1) - half, Date.UTC(2019, 6, 1) + half]));
      await frame();
    }
    expect(commits).toBe(before);
    const layers = [...container.querySelectorAll('.troops-follow')];
    expect(layers.length).toBeGreaterThan(0);
    for (const layer of layers) expect(layer.getAttribute('transform')).toMatch(/^translate\(-?[\d.e+-]+,0\) scale\(13\.7\d*,1\)$/);
    const pathBefore = seriesPaths(container, 'us-troops-iraq')[0].getAttribute('d');
    act(() => shownSpan.getState().settle());
    expect(commits).toBeGreaterThan(before);
    // Rendered for the settled span: new paths, new ticks, no transform left over.
    expect(seriesPaths(container, 'us-troops-iraq')[0].getAttribute('d')).not.toBe(pathBefore);
    for (const layer of container.querySelectorAll('.troops-follow')) expect(layer.getAttribute('transform')).toBeNull();
    expect(timeTickLabels(container)).not.toContain('2016');
    vi.useRealTimers();
  });

  it('off screen, does not move its drawing with each gesture frame, and catches up with the span when scrolled into view', async () => {
    const observers: { report: (isIntersecting: boolean) => void }[] = [];
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        constructor(private callback: IntersectionObserverCallback) {
          observers.push({ report: (isIntersecting) => this.callback([{ isIntersecting } as IntersectionObserverEntry], this as unknown as IntersectionObserver) });
        }
        observe() {}
        disconnect() {}
      },
    );
    try {
      const { container } = render(<TroopChart />);
      await act(() => new Promise<void>((resolve) => setTimeout(resolve, 200)));
      expect(observers.length).toBeGreaterThan(0);
      act(() => observers.forEach((o) => o.report(false)));
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const frame = () => act(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));
      for (let i = 1; i <= 5; i++) {
        const half = (5.5 * 365 * 86_400_000) / 1.3 ** i;
        act(() => shownSpan.getState().follow([Date.UTC(2019, 6, 1) - half, Date.UTC(2019, 6, 1) + half]));
        await frame();
      }
      const layers = [...container.querySelectorAll('.troops-follow')];
      expect(layers.length).toBeGreaterThan(0);
      for (const layer of layers) expect(layer.getAttribute('transform')).toBeNull();
      // Scrolled into view mid-gesture: moved at once to the span now shown (zoomed 1.3^5 = 3.7x).
      act(() => observers.forEach((o) => o.report(true)));
      for (const layer of layers) expect(layer.getAttribute('transform')).toMatch(/ scale\(3\.71\d*,1\)$/);
    } finally {
      vi.useRealTimers();
      vi.unstubAllGlobals();
    }
  });

  it('pans on a sideways swipe over the chart, as over the timeline', async () => {
    const { container } = render(<TroopChart />);
    act(() => showSpan([Date.UTC(2016, 0, 1), Date.UTC(2017, 0, 1)]));
    fireEvent.wheel(container.querySelector('svg.troops-svg')!, { deltaX: 120, deltaY: 4 });
    const [from, to] = shownSpan.getState().domain;
    expect(from).toBeGreaterThan(Date.UTC(2016, 0, 1));
    expect(to - from).toBe(Date.UTC(2017, 0, 1) - Date.UTC(2016, 0, 1));
  });

  it('reads out each visible series at the date under the pointer, "no figure" before its first point', async () => {
    const rows = await readoutAt(Date.UTC(2016, 0, 1));
    expect(rows).toEqual([
      'US troops in Iraq775 troops (official level, 30 June 2014)',
      'US troops in Syriano figure',
      'Attacks on US forcesno figure',
    ]);
  });

  it('reads out only figures that held: a later plan is not the figure in force', async () => {
    const rows = await readoutAt(Date.UTC(2020, 5, 1));
    expect(rows.slice(0, 2)).toEqual([
      'US troops in Iraqabout 5,200 troops (official level, November 2017)',
      'US troops in Syria2,000 troops (official level, 6 December 2017)',
    ]);
  });

  it('draws ceilings dashed and plans dotted, apart from the line, and keys each kind with the caveat in words', () => {
    const { container } = render(<TroopChart />);
    const kinds = (id: string) => [...seriesPaths(container, id)].map((p) => p.getAttribute('class'));
    expect(kinds('us-troops-iraq')).toEqual(['troops-line troops-line-official', 'troops-line troops-line-ceiling']);
    expect(kinds('us-troops-syria')).toEqual(['troops-line troops-line-official', 'troops-line troops-line-planned']);
    const dash = (kind: string) => container.querySelector(`path.troops-line-${kind}`)?.getAttribute('stroke-dasharray');
    expect(dash('ceiling')).toBe('6 4');
    expect(dash('planned')).toBe('1 4');
    const key = screen.getByRole('list', { name: 'Key' });
    expect(within(key).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'count: what was counted, such as personnel present',
      'official level: the figure the government gives',
      'authorized ceiling: the most allowed, not a count',
      'planned level: announced for later, not a count',
      'hollow: approximate (“about”)',
      'month or year the figure is dated to',
    ]);
    expect(screen.getByText('Official levels leave out temporary troops.')).toBeInTheDocument();
  });

  it('lists every figure in a table for screen readers', () => {
    render(<TroopChart />);
    const table = screen.getByRole('table', { name: 'All figures in the chart, with their sources' });
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 6);
    const row = within(table).getByRole('row', { name: /US troops in Iraq November 2017/ });
    expect(row).toHaveTextContent('about 5,200 troops');
    expect(row).toHaveTextContent('official level, approximate');
    expect(within(table).getByRole('row', { name: /US troops in Iraq September 2020/ })).toHaveTextContent(
      'up to 3,000 troopsauthorized ceilingannounced on 9 September',
    );
    expect(within(row).getByRole('link', { name: 'Reuters' })).toHaveAttribute('href', 'https://www.reuters.com/x');
  });

  it('says so in one line when the dataset has no series', () => {
    appStore.getState().setDataset(createInMemoryDataset({ ...dataset, series: [] }));
    const { container } = render(<TroopChart />);
    expect(container).toHaveTextContent('This dataset has no numeric series.');
    expect(container.querySelector('svg')).toBeNull();
  });
});

describe('TroopChart in an empty stretch of time', () => {
  it('says there are no figures in view rather than showing blank panels', async () => {
    const { container } = render(<TroopChart />);
    expect(container.querySelector('.troops-panel-note')).toBeNull();
    act(() => showSpan([Date.UTC(2014, 0, 1), Date.UTC(2014, 3, 1)]));
    await waitFor(() =>
      expect([...container.querySelectorAll('.troops-panel-note')].map((n) => n.textContent)).toEqual([
        'No figures in this period',
        'No figures in this period',
      ]),
    );
  });
});
