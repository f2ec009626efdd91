import { describe, expect, it, vi } from 'vitest';
import { handleTimeKey, KEY_BINDINGS, keyMove, keyNameFor, PAN_STEP, timeMoveForKey } from '../../src/axis/keymap';
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

describe('the one keymap, in the trees, Listen and the page', () => {
  it('reads the tree keys: Down in, Up and Escape out, Shift with Up or Down to the next lane, Enter and Space open', () => {
    expect(keyMove('tree', { key: 'ArrowDown' })).toBe('in');
    expect(keyMove('tree', { key: 'ArrowDown', shiftKey: true })).toBe('next-group');
    expect(keyMove('tree', { key: 'ArrowUp', shiftKey: true })).toBe('previous-group');
    expect(keyMove('tree', { key: 'ArrowUp' })).toBe('out');
    expect(keyMove('tree', { key: 'Escape' })).toBe('out');
    expect(keyMove('tree', { key: 'Enter' })).toBe('open');
    expect(keyMove('tree', { key: ' ' })).toBe('open');
    expect([keyMove('tree', { key: 'Home' }), keyMove('tree', { key: 'End' })]).toEqual(['first', 'last']);
    // "+" is typed with Shift on many keyboards: it still zooms.
    expect(keyMove('tree', { key: '+', shiftKey: true })).toBe('zoom-in');
  });

  it('mirrors earlier and later in the tree and in Listen when time runs right to left', () => {
    expect(keyMove('tree', { key: 'ArrowLeft' })).toBe('earlier');
    expect(keyMove('tree', { key: 'ArrowLeft' }, 'rtl')).toBe('later');
    expect(keyMove('listen', { key: 'ArrowRight' }, 'rtl')).toBe('earlier');
    expect(keyMove('listen', { key: 'Escape' })).toBe('stop');
  });

  it('opens the key list with ? in a tree (not page-wide: WCAG 2.1.4) and leaves modified keys alone everywhere', () => {
    expect(keyMove('tree', { key: '?', shiftKey: true })).toBe('help');
    expect(keyMove('page', { key: '?' })).toBeNull();
    expect(keyMove('tree', { key: 'ArrowDown', ctrlKey: true })).toBeNull();
    expect(keyMove('tree', { key: '?', metaKey: true })).toBeNull();
  });

  it('binds each key once per place, so no key means two things in one place', () => {
    const seen = new Set(KEY_BINDINGS.map((b) => `${b.place}|${b.key}|${b.shift ?? 'any'}`));
    expect(seen.size).toBe(KEY_BINDINGS.length);
  });
});
