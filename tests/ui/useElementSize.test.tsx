import { act, render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useElementSize } from '../../src/ui/useElementSize';

function Probe() {
  const ref = useRef<HTMLDivElement>(null);
  const { width, height } = useElementSize(ref, { width: 960, height: 300 });
  return (
    <div ref={ref} data-testid="box">
      {width}x{height}
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
});
