import { fireEvent } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { zoomTransform } from 'd3-zoom';
import { attachTimeZoom } from '../../src/axis/attachTimeZoom';
import { shownSpan } from '../../src/axis/shownSpan';

const year = 365 * 86_400_000;

describe('attachTimeZoom', () => {
  let detach: (() => void)[] = [];
  beforeEach(() => {
    vi.useFakeTimers();
    shownSpan.getState().reset([Date.UTC(2014, 0, 1), Date.UTC(2025, 0, 1)], [Date.UTC(2016, 0, 1), Date.UTC(2017, 0, 1)]);
  });
  afterEach(() => {
    detach.forEach((d) => d());
    detach = [];
    vi.useRealTimers();
  });

  const plot = () => {
    const el = document.createElement('div');
    document.body.append(el);
    detach.push(attachTimeZoom(el, { x0: 0, x1: 1000, height: 200 }));
    return el;
  };

  // jsdom's MouseEvent refuses its own window as `view`, which d3-zoom's drag needs.
  const mouse = (target: EventTarget, type: string, clientX: number) => {
    const event = new MouseEvent(type, { bubbles: true, cancelable: true, clientX, clientY: 50 });
    Object.defineProperty(event, 'view', { value: window });
    target.dispatchEvent(event);
  };
  const drag = (el: Element, from: number, by: number) => {
    mouse(el, 'mousedown', from);
    for (let i = 1; i <= 5; i++) mouse(window, 'mousemove', from + (by * i) / 5);
    mouse(window, 'mouseup', from + by);
  };

  it('leaves a plot\'s zoom alone while another plot\'s gesture moves the span, and brings it up to the span shown when its own next gesture starts', () => {
    const timeline = plot();
    const chart = plot();
    const chartZoom = zoomTransform(chart);
    drag(timeline, 500, -200);
    // Panned later by a fifth of the plot; the chart's zoom was not touched on the way.
    const [from, to] = shownSpan.getState().domain;
    expect(from).toBeCloseTo(Date.UTC(2016, 0, 1) + 0.2 * (Date.UTC(2017, 0, 1) - Date.UTC(2016, 0, 1)), -3);
    expect(zoomTransform(chart)).toBe(chartZoom);
    // The chart's own drag of a tenth starts from the span shown, not from where its zoom was.
    drag(chart, 500, -100);
    const [from2, to2] = shownSpan.getState().domain;
    expect(from2).toBeCloseTo(from + 0.1 * (to - from), -3);
    expect(to2 - from2).toBeCloseTo(to - from, -3);
  });

  it('a swipe that runs on into another swipe settles once, when the last one falls quiet', () => {
    const timeline = plot();
    const chart = plot();
    const settles = vi.fn();
    const off = shownSpan.subscribe((s) => s.settled, settles);
    for (let i = 0; i < 5; i++) {
      fireEvent.wheel(timeline, { deltaX: 100 });
      vi.advanceTimersByTime(16);
    }
    // The second swipe is still running when the first one's quiet time is up.
    for (let i = 0; i < 15; i++) {
      fireEvent.wheel(chart, { deltaX: 100 });
      vi.advanceTimersByTime(16);
    }
    expect(settles).not.toHaveBeenCalled();
    vi.advanceTimersByTime(200);
    expect(settles).toHaveBeenCalledTimes(1);
    // Twenty swipes of a tenth of the plot each: two years on, settled where they stopped.
    const settled = shownSpan.getState().settled!;
    expect(settled[0]).toBeCloseTo(Date.UTC(2016, 0, 1) + 2 * (Date.UTC(2017, 0, 1) - Date.UTC(2016, 0, 1)), -3);
    expect(settled[1] - settled[0]).toBeCloseTo(Date.UTC(2017, 0, 1) - Date.UTC(2016, 0, 1), -3);
    expect(settled[1] - settled[0]).toBeLessThan(1.01 * year);
    off();
  });

  it('a drag settles after its release has been handled and the next frame drawn, not inside the mouseup', () => {
    const timeline = plot();
    const settles = vi.fn();
    const off = shownSpan.subscribe((s) => s.settled, settles);
    drag(timeline, 500, -100);
    // Dragged later by a tenth of the plot, and not settled in the release's own task.
    expect(shownSpan.getState().domain[0]).toBeGreaterThan(Date.UTC(2016, 0, 1));
    expect(settles).not.toHaveBeenCalled();
    vi.advanceTimersByTime(50);
    expect(settles).toHaveBeenCalledTimes(1);
    expect(shownSpan.getState().settled).toEqual(shownSpan.getState().domain);
    off();
  });

  it('a swipe alone settles when it falls quiet', () => {
    const timeline = plot();
    for (let i = 0; i < 3; i++) fireEvent.wheel(timeline, { deltaX: 100 });
    expect(shownSpan.getState().settled).toEqual([Date.UTC(2016, 0, 1), Date.UTC(2017, 0, 1)]);
    vi.advanceTimersByTime(200);
    expect(shownSpan.getState().settled).toEqual(shownSpan.getState().domain);
    expect(shownSpan.getState().domain[0]).toBeGreaterThan(Date.UTC(2016, 0, 1));
  });
});

describe('attachTimeZoom: double-click', () => {
  let detach: () => void = () => {};
  let matchMedia: typeof window.matchMedia | undefined;
  const span = [Date.UTC(2016, 0, 1), Date.UTC(2018, 0, 1)] as const;
  beforeEach(() => {
    shownSpan.getState().reset([Date.UTC(2014, 0, 1), Date.UTC(2025, 0, 1)], [...span]);
    matchMedia = window.matchMedia;
  });
  afterEach(() => {
    detach();
    window.matchMedia = matchMedia!;
  });
  const plot = () => {
    const el = document.createElement('div');
    document.body.append(el);
    detach = attachTimeZoom(el, { x0: 0, x1: 1000, height: 200 });
    return el;
  };
  const reduceMotion = (reduce: boolean) => {
    window.matchMedia = ((query: string) => ({ matches: reduce && query.includes('reduce'), media: query }) as MediaQueryList) as typeof window.matchMedia;
  };

  it('zooms in twice about the time under the pointer, at once under reduced motion', () => {
    reduceMotion(true);
    const el = plot();
    // A quarter of the way along the plot: half a year into the two shown.
    fireEvent.dblClick(el, { clientX: 250, clientY: 50 });
    const [from, to] = shownSpan.getState().domain;
    const pivot = span[0] + (span[1] - span[0]) / 4;
    expect(to - from).toBeCloseTo((span[1] - span[0]) / 2, -3);
    // The time under the pointer stays under it: a quarter of the way along the new span.
    expect(from + (to - from) / 4).toBeCloseTo(pivot, -3);
    expect(shownSpan.getState().settled).toEqual([from, to]);
  });

  it('zooms out with Shift, and eases there when motion is allowed', async () => {
    reduceMotion(false);
    const el = plot();
    fireEvent.dblClick(el, { clientX: 500, clientY: 50, shiftKey: true });
    // Not there yet in the same task: the span eases over the next frames.
    expect(shownSpan.getState().domain).toEqual([...span]);
    const eased = vi.fn();
    const off = shownSpan.subscribe((s) => s.domain, eased);
    await vi.waitFor(() => expect(shownSpan.getState().settled?.[1]).not.toBe(span[1]), { timeout: 2000 });
    off();
    // Several frames on the way, the last one where it settled.
    expect(eased.mock.calls.length).toBeGreaterThan(1);
    const [from, to] = shownSpan.getState().domain;
    expect(shownSpan.getState().settled).toEqual([from, to]);
    expect(to - from).toBeCloseTo(2 * (span[1] - span[0]), -3);
    expect((from + to) / 2).toBeCloseTo((span[0] + span[1]) / 2, -3);
  });

  it('a double-click on a mark leaves the zoom alone', () => {
    reduceMotion(true);
    const el = plot();
    const mark = document.createElement('button');
    mark.setAttribute('data-tl-interactive', '');
    el.append(mark);
    fireEvent.dblClick(mark, { clientX: 250, clientY: 50 });
    expect(shownSpan.getState().domain).toEqual([...span]);
  });
});
