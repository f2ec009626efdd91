import { fireEvent } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
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

  it('a swipe alone settles when it falls quiet', () => {
    const timeline = plot();
    for (let i = 0; i < 3; i++) fireEvent.wheel(timeline, { deltaX: 100 });
    expect(shownSpan.getState().settled).toEqual([Date.UTC(2016, 0, 1), Date.UTC(2017, 0, 1)]);
    vi.advanceTimersByTime(200);
    expect(shownSpan.getState().settled).toEqual(shownSpan.getState().domain);
    expect(shownSpan.getState().domain[0]).toBeGreaterThan(Date.UTC(2016, 0, 1));
  });
});
