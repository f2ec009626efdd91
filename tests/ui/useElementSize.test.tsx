import { act, render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useElementSize, useObservedSize } from '../../src/ui/useElementSize';

function Probe() {
  const ref = useRef<HTMLDivElement>(null);
  const { width, height } = useElementSize(ref, { width: 960, height: 300 });
  return (
    <div ref={ref} data-testid="box">
      {width}x{height}
    </div>
  );
}

function ObservedProbe() {
  const ref = useRef<HTMLDivElement>(null);
  const size = useObservedSize(ref, { width: 960, height: 300 });
  return (
    <div ref={ref} data-testid="observed">
      {size ? `${size.width}x${size.height}` : 'not yet'}
    </div>
  );
}

let resized: (() => void) | null = null;
class FakeResizeObserver {
  constructor(cb: () => void) {
    resized = cb;
  }
  observe() {}
  disconnect() {
    resized = null;
  }
}

function setSize(el: HTMLElement, width: number, height: number) {
  Object.defineProperty(el, 'clientWidth', { configurable: true, value: width });
  Object.defineProperty(el, 'clientHeight', { configurable: true, value: height });
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('useElementSize', () => {
  it('starts from the fallback where layout reports nothing', () => {
    render(<Probe />);
    expect(screen.getByTestId('box').textContent).toBe('960x300');
  });

  it('follows the element as it resizes, keeping the last size of a side that measures 0', () => {
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
    const { unmount } = render(<Probe />);
    const box = screen.getByTestId('box');
    setSize(box, 500, 200);
    act(() => resized?.());
    expect(box.textContent).toBe('500x200');
    setSize(box, 0, 250);
    act(() => resized?.());
    expect(box.textContent).toBe('500x250');
    unmount();
    expect(resized).toBeNull();
  });

  it('without measuring in the commit: nothing until the observer reports after layout, then the size', () => {
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
    let reads = 0;
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockImplementation(() => (reads++, 640));
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(() => 280);
    render(<ObservedProbe />);
    const box = screen.getByTestId('observed');
    expect(box.textContent).toBe('not yet');
    // The commit read no layout: reading clientWidth there would force the page's layout into its task.
    expect(reads).toBe(0);
    act(() => resized?.());
    expect(box.textContent).toBe('640x280');
  });

  it('without a ResizeObserver, measures once in the commit as useElementSize does', () => {
    vi.stubGlobal('ResizeObserver', undefined);
    render(<ObservedProbe />);
    expect(screen.getByTestId('observed').textContent).toBe('960x300');
  });
});
