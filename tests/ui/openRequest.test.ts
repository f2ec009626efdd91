import { afterEach, describe, expect, it } from 'vitest';
import { listenForDrops, openRequest } from '../../src/ui/openRequest';

/** A drag event as the browser sends it, carrying files or not. */
function drag(type: string, files: File[] | null) {
  const e = new Event(type, { cancelable: true }) as DragEvent;
  Object.defineProperty(e, 'dataTransfer', {
    value: files ? { types: ['Files'], files } : { types: ['text/plain'], files: [] },
  });
  return e;
}

let stop = () => {};
afterEach(() => {
  stop();
  openRequest.setState({ open: false, dragging: false, file: null });
});

describe('drops anywhere on the page', () => {
  it('shows the drop target while files are dragged over, and hides it when they leave the page', () => {
    const target = new EventTarget() as unknown as Window;
    stop = listenForDrops(target);
    const file = new File(['{}'], 'a.json');
    target.dispatchEvent(drag('dragenter', [file]));
    target.dispatchEvent(drag('dragenter', [file]));
    expect(openRequest.getState().dragging).toBe(true);
    target.dispatchEvent(drag('dragleave', [file]));
    expect(openRequest.getState().dragging).toBe(true);
    target.dispatchEvent(drag('dragleave', [file]));
    expect(openRequest.getState().dragging).toBe(false);
  });

  it('opens a dropped file instead of letting the browser navigate to it; text drags are left alone', () => {
    const target = new EventTarget() as unknown as Window;
    stop = listenForDrops(target);
    const text = drag('drop', null);
    target.dispatchEvent(text);
    expect(text.defaultPrevented).toBe(false);
    expect(openRequest.getState().open).toBe(false);
    const file = new File(['{}'], 'a.json');
    const over = drag('dragover', [file]);
    target.dispatchEvent(over);
    expect(over.defaultPrevented).toBe(true);
    const drop = drag('drop', [file]);
    target.dispatchEvent(drop);
    expect(drop.defaultPrevented).toBe(true);
    expect(openRequest.getState()).toMatchObject({ open: true, dragging: false, file });
  });
});
