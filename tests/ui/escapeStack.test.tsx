import { fireEvent } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { onEscape } from '../../src/ui/escapeStack';

describe('Escape in one place', () => {
  it('closes only the innermost open thing, then the next one out', () => {
    const detail = vi.fn();
    const story = vi.fn();
    const offDetail = onEscape(detail);
    const offStory = onEscape(story);
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(story).toHaveBeenCalledTimes(1);
    expect(detail).not.toHaveBeenCalled();
    offStory();
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(detail).toHaveBeenCalledTimes(1);
    offDetail();
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(detail).toHaveBeenCalledTimes(1);
  });

  it('leaves Escape to an open modal dialog', () => {
    const detail = vi.fn();
    const off = onEscape(detail);
    const dialog = document.createElement('dialog');
    dialog.setAttribute('open', '');
    document.body.append(dialog);
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(detail).not.toHaveBeenCalled();
    dialog.remove();
    off();
  });
});
