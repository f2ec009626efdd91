import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from './renderApp';

vi.mock('../../src/ui/views', async () => {
  const { LaneListStub } = await import('./viewsStub');
  return { TimelineView: LaneListStub, TroopChartView: () => null };
});

let stop = () => {};
beforeEach(() => {
  // A phone: no media query matches the wide layouts.
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: false,
    media: query,
    addEventListener: () => {},
    removeEventListener: () => {},
  }));
});
afterEach(() => {
  stop();
  vi.unstubAllGlobals();
});

describe('filters on a narrow screen', () => {
  it('live in a dialog that takes focus, closes on Escape and gives focus back to the Filters button', async () => {
    const user = userEvent.setup();
    ({ stop } = renderApp());
    expect(screen.queryByRole('group', { name: /Actors/ })).not.toBeInTheDocument();
    const button = screen.getByRole('button', { name: 'Filters' });
    await user.click(button);
    const dialog = await screen.findByRole('dialog', { name: 'Filters' });
    expect(within(dialog).getByRole('searchbox')).toHaveFocus();
    await user.click(within(dialog).getByRole('checkbox', { name: /^ISIS/ }));
    expect(screen.getByText('Showing 4 of 5 events')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
    // Closed, the drawer still tells what it holds: one filter (actors) is on.
    expect(button).toHaveAccessibleName('Filters, 1 active');
    expect(button).toHaveTextContent(/^Filters1$/);
    // The whole app renders in jsdom here: 4-7 s on the shared 2-core machine under load, over the 5 s default.
  }, 20_000);
});
