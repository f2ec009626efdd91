import { afterEach, describe, expect, it, vi } from 'vitest';
import { createShownSpanStore, SHOW_SPAN_MS } from '../../src/axis/shownSpan';

const extent = [Date.UTC(2014, 0, 1), Date.UTC(2025, 0, 1)] as const;
const year2016 = [Date.UTC(2016, 0, 1), Date.UTC(2017, 0, 1)] as const;

function setup() {
  const span = createShownSpanStore();
  span.getState().reset(extent);
  const settled = vi.fn();
  span.subscribe((s) => s.settled, settled);
  return { span, settled };
}

/** A requestAnimationFrame driven by hand: `frame(t)` runs the queued callbacks at time t. */
function manualFrames() {
  let queue: FrameRequestCallback[] = [];
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => queue.push(cb));
  return (t: number) => {
    const run = queue;
    queue = [];
    run.forEach((cb) => cb(t));
  };
}

afterEach(() => vi.unstubAllGlobals());

describe('the shown span', () => {
  it('shows a span in one call and settles there: what counts and the URL read', () => {
    const { span, settled } = setup();
    span.getState().show(year2016);
    expect(span.getState().domain).toEqual(year2016);
    expect(span.getState().settled).toEqual(year2016);
    expect(settled).toHaveBeenCalledTimes(1);
  });

  it('keeps a span inside the extent and no shorter than a day', () => {
    const { span } = setup();
    span.getState().show([Date.UTC(2010, 0, 1), Date.UTC(2011, 0, 1)]);
    expect(span.getState().domain[0]).toBe(extent[0]);
    span.getState().show([Date.UTC(2016, 0, 1, 12), Date.UTC(2016, 0, 1, 13)]);
    expect(span.getState().domain[1] - span.getState().domain[0]).toBe(86_400_000);
  });

  it('showing everything settles to null, so a link without dates means the whole span', () => {
    const { span } = setup();
    span.getState().show(year2016);
    span.getState().show(null);
    expect(span.getState().domain).toEqual(extent);
    expect(span.getState().settled).toBeNull();
  });

  it('gesture frames move what is drawn but settle only when the gesture ends', () => {
    const { span, settled } = setup();
    span.getState().follow([Date.UTC(2015, 0, 1), Date.UTC(2016, 0, 1)]);
    span.getState().follow(year2016);
    expect(span.getState().domain).toEqual(year2016);
    expect(settled).not.toHaveBeenCalled();
    span.getState().settle();
    expect(span.getState().settled).toEqual(year2016);
    expect(settled).toHaveBeenCalledTimes(1);
  });

  it('an animated move eases frame by frame and settles once, on arrival', () => {
    const frame = manualFrames();
    const { span, settled } = setup();
    span.getState().show(year2016, { animate: true });
    frame(0);
    frame(SHOW_SPAN_MS / 2);
    const mid = span.getState().domain;
    expect(mid[0]).toBeLessThan(year2016[0]);
    expect(mid[0]).toBeGreaterThan(extent[0]);
    expect(settled).not.toHaveBeenCalled();
    frame(SHOW_SPAN_MS);
    expect(span.getState().domain).toEqual(year2016);
    expect(settled).toHaveBeenCalledTimes(1);
  });

  it('a gesture during an animation takes over: the animation stops where the hand is', () => {
    const frame = manualFrames();
    const { span } = setup();
    span.getState().show(year2016, { animate: true });
    frame(0);
    const hand = [Date.UTC(2020, 0, 1), Date.UTC(2021, 0, 1)] as const;
    span.getState().follow(hand);
    frame(SHOW_SPAN_MS);
    expect(span.getState().domain).toEqual(hand);
  });

  it('under prefers-reduced-motion an animated move is instant', () => {
    manualFrames();
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: query.includes('reduce') }));
    const { span } = setup();
    span.getState().show(year2016, { animate: true });
    expect(span.getState().domain).toEqual(year2016);
    expect(span.getState().settled).toEqual(year2016);
  });

  it('zooms about a pivot that stays put, and pans by a fraction of the span', () => {
    const { span } = setup();
    span.getState().show(year2016);
    const pivot = Date.UTC(2016, 3, 1);
    span.getState().zoomBy(2, pivot);
    const [a, b] = span.getState().domain;
    expect((pivot - a) / (b - a)).toBeCloseTo((pivot - year2016[0]) / (year2016[1] - year2016[0]), 9);
    span.getState().panBy(-0.5);
    expect(span.getState().domain[0]).toBeCloseTo(a - (b - a) / 2, -1);
  });

  it('a new dataset resets the extent and shows all of it', () => {
    const { span } = setup();
    span.getState().show(year2016);
    const other = [Date.UTC(2000, 0, 1), Date.UTC(2001, 0, 1)] as const;
    span.getState().reset(other);
    expect(span.getState().extent).toEqual(other);
    expect(span.getState().domain).toEqual(other);
    expect(span.getState().settled).toBeNull();
  });
});
