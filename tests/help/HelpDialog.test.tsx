import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { KEY_BINDINGS, keyGlyph } from '../../src/axis/keymap';
import { HelpDialog } from '../../src/help/HelpDialog';
import { KeysHelp } from '../../src/help/KeysHelp';
import { moveHelp, placeHeading } from '../../src/help/keyHelpText';

describe('the list of keys', () => {
  it('lists every binding of the keymap under its place, with what it does', () => {
    render(<HelpDialog onClose={() => {}} />);
    const dialog = screen.getByRole('dialog', { name: 'Keys and gestures' });
    for (const b of KEY_BINDINGS) {
      const section = within(dialog).getByRole('region', { name: placeHeading(b.place) });
      const name = `${b.shift ? 'Shift + ' : ''}${keyGlyph(b.key)}`;
      const does = moveHelp(b.place, b.move);
      expect(does, `${b.place} ${b.key}`).toBeTruthy();
      const row = within(section)
        .getAllByRole('row')
        .find((r) => [...r.querySelectorAll('kbd')].some((k) => k.textContent === name));
      expect(row, `${b.place}: ${name}`).toBeDefined();
      expect(row).toHaveTextContent(does!);
    }
  });

  it('names each arrow by what it does when time runs right to left', () => {
    render(<HelpDialog onClose={() => {}} direction="rtl" />);
    const overview = screen.getByRole('region', { name: placeHeading('time') });
    const row = within(overview).getByRole('row', { name: /Move earlier in time/ });
    expect(row.querySelector('kbd')).toHaveTextContent('→');
  });

  it('closes on Escape through the one Escape stack, and keeps Tab inside', () => {
    const onClose = vi.fn();
    render(<HelpDialog onClose={onClose} />);
    const [close, done] = [screen.getByRole('button', { name: 'Close' }), screen.getByRole('button', { name: 'Done' })];
    expect(close).toHaveFocus();
    act(() => done.focus());
    fireEvent.keyDown(done, { key: 'Tab' });
    expect(close).toHaveFocus();
    fireEvent.keyDown(close, { key: 'Tab', shiftKey: true });
    expect(done).toHaveFocus();
    fireEvent.keyDown(done, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});

describe('the Keys button and ?', () => {
  it('opens the list with ? while the timeline has focus (not in a field, not elsewhere), and with the button; focus goes back on close', async () => {
    const user = userEvent.setup();
    render(
      <>
        <input aria-label="Search" />
        <div className="tl">
          <button type="button">Zoom in</button>
        </div>
        <KeysHelp />
      </>,
    );
    await user.click(screen.getByRole('textbox', { name: 'Search' }));
    await user.keyboard('?');
    const button = screen.getByRole('button', { name: 'Keys' });
    act(() => button.focus());
    await user.keyboard('?');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const zoom = screen.getByRole('button', { name: 'Zoom in' });
    act(() => zoom.focus());
    await user.keyboard('?');
    expect(await screen.findByRole('dialog', { name: 'Keys and gestures' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(zoom).toHaveFocus();
    await user.click(button);
    expect(await screen.findByRole('dialog', { name: 'Keys and gestures' })).toBeInTheDocument();
  });
});
