import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { shownSpan } from '../../src/axis/shownSpan';
import { SETTLE_MS, useSettledText, type TextInSlices } from '../../src/summary/useSettledText';

/** A text made in `slices` slices; `log` records each slice as it runs, with the domain it was made for. */
function sliced(slices: number, log: string[]): (domain: readonly [number, number]) => TextInSlices {
  return (domain) => {
    let done = 0;
    return () => {
      done++;
      log.push(`${domain[0]}:${done}`);
      return done < slices ? null : `view from ${domain[0]}`;
    };
  };
}

function Summary({ compute }: { compute: (domain: readonly [number, number]) => string | TextInSlices }) {
  return <p data-testid="summary">{useSettledText(compute, [compute])}</p>;
}

/** Runs the next frame's callbacks (requestAnimationFrame under fake timers is a 16 ms timer). */
const nextFrame = () => act(() => vi.advanceTimersByTime(16));
/** Runs the next timer task alone. */
const runTask = () => act(() => vi.advanceTimersToNextTimer());

const [from, to] = [Date.UTC(2014, 0, 1), Date.UTC(2025, 0, 1)];
const [moved, movedTo] = [Date.UTC(2016, 0, 1), Date.UTC(2020, 0, 1)];

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
  shownSpan.getState().reset([from, to]);
});
afterEach(() => vi.useRealTimers());

describe('useSettledText', () => {
  it('makes a text given in slices one slice per task, and shows it only once the last slice is done', () => {
    const log: string[] = [];
    render(<Summary compute={sliced(3, log)} />);
    nextFrame();
    expect(log).toEqual([]);
    runTask();
    expect(log).toEqual([`${from}:1`]);
    expect(screen.getByTestId('summary')).toHaveTextContent('');
    runTask();
    expect(log).toEqual([`${from}:1`, `${from}:2`]);
    expect(screen.getByTestId('summary')).toHaveTextContent('');
    runTask();
    expect(log).toEqual([`${from}:1`, `${from}:2`, `${from}:3`]);
    expect(screen.getByTestId('summary')).toHaveTextContent(`view from ${from}`);
  });

  it('drops the slices of a view the reader has moved away from, and makes the settled view\'s text', () => {
    const log: string[] = [];
    render(<Summary compute={sliced(3, log)} />);
    nextFrame();
    runTask();
    expect(log).toEqual([`${from}:1`]);
    act(() => shownSpan.getState().follow([moved, movedTo]));
    act(() => vi.advanceTimersByTime(SETTLE_MS - 1));
    // The old view's remaining slices never ran.
    expect(log).toEqual([`${from}:1`]);
    act(() => vi.advanceTimersByTime(1));
    runTask();
    runTask();
    expect(log).toEqual([`${from}:1`, `${moved}:1`, `${moved}:2`, `${moved}:3`]);
    expect(screen.getByTestId('summary')).toHaveTextContent(`view from ${moved}`);
  });
});
