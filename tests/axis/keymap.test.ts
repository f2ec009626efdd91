import { describe, expect, it, vi } from 'vitest';
import { handleTimeKey, keyNameFor, PAN_STEP, timeMoveForKey } from '../../src/axis/keymap';
import { createShownSpanStore } from '../../src/axis/shownSpan';

const key = (k: string, mods: Partial<Record<'altKey' | 'ctrlKey' | 'metaKey', boolean>> = {}) => ({ key: k, ...mods, preventDefault: vi.fn() });

describe('the keymap of every time axis', () => {
  it('reads the arrows as earlier and later, mirrored when time runs right to left', () => {
    expect(timeMoveForKey('ArrowLeft')).toBe('earlier');
    expect(timeMoveForKey('ArrowRight')).toBe('later');
    expect(timeMoveForKey('ArrowLeft', 'rtl')).toBe('later');
    expect(timeMoveForKey('ArrowRight', 'rtl')).toBe('earlier');
    expect(keyNameFor('earlier', 'rtl')).toBe('→');
  });

  it('+ and = zoom in, - and _ zoom out, Home shows everything; other keys are not the keymap’s', () => {
    expect(['+', '=', '-', '_', 'Home'].map((k) => timeMoveForKey(k))).toEqual(['zoom-in', 'zoom-in', 'zoom-out', 'zoom-out', 'show-all']);
    expect(timeMoveForKey('0')).toBeNull();
    expect(timeMoveForKey('a')).toBeNull();
  });

  it('moves the shown span a quarter later on ArrowRight and keeps the page from scrolling', () => {
    vi.stubGlobal('matchMedia', () => ({ matches: true }));
    const span = createShownSpanStore();
    span.getState().reset([0, 1000 * 86_400_000]);
    span.getState().show([100 * 86_400_000, 200 * 86_400_000]);
    const event = key('ArrowRight');
    expect(handleTimeKey(event, 'ltr', span)).toBe(true);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(span.getState().domain[0]).toBe((100 + 100 * PAN_STEP) * 86_400_000);
    vi.unstubAllGlobals();
  });

  it('leaves modified keys (browser zoom, shortcuts) to the browser', () => {
    const span = createShownSpanStore();
    const event = key('+', { ctrlKey: true });
    expect(handleTimeKey(event, 'ltr', span)).toBe(false);
    expect(event.preventDefault).not.toHaveBeenCalled();
  });
});
