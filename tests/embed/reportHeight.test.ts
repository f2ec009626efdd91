import { afterEach, describe, expect, it, vi } from 'vitest';
import { HEIGHT_MESSAGE_TYPE, reportHeight } from '../../src/embed/reportHeight';

/** A ResizeObserver whose callback the test fires, as the browser does when the box changes. */
let resize: () => void = () => {};
class FakeResizeObserver {
  constructor(callback: () => void) {
    resize = callback;
  }
  observe() {}
  disconnect() {
    resize = () => {};
  }
}

function setup(framed: boolean) {
  vi.stubGlobal('ResizeObserver', FakeResizeObserver);
  let height = 512.4;
  const content = { getBoundingClientRect: () => ({ height }) } as unknown as Element;
  const postMessage = vi.fn();
  const win = {} as { parent: unknown };
  win.parent = framed ? { postMessage } : win;
  const stop = reportHeight(content, win as unknown as Window);
  return { postMessage, stop, grow: (to: number) => ((height = to), resize()) };
}

afterEach(() => vi.unstubAllGlobals());

describe('reportHeight', () => {
  it('inside a frame, posts the content height at once and whenever it changes, to any host', () => {
    const { postMessage, grow } = setup(true);
    expect(postMessage).toHaveBeenLastCalledWith({ type: HEIGHT_MESSAGE_TYPE, height: 513 }, '*');
    grow(900);
    expect(postMessage).toHaveBeenLastCalledWith({ type: HEIGHT_MESSAGE_TYPE, height: 900 }, '*');
    // The same height again is not news.
    grow(900);
    expect(postMessage).toHaveBeenCalledTimes(2);
  });

  it('stops when asked, and posts nothing outside a frame', () => {
    const framed = setup(true);
    framed.stop();
    framed.grow(700);
    expect(framed.postMessage).toHaveBeenCalledTimes(1);
    const alone = setup(false);
    alone.grow(700);
    expect(alone.postMessage).not.toHaveBeenCalled();
  });
});
