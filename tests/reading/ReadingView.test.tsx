import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/model/types';
import { ReadingView } from '../../src/reading/ReadingView';
import { applyLocale } from '../../src/i18n/locale';
import { loadLocale } from '../../src/i18n/translator';
import { appStore } from '../../src/store/appStore';
import { loadDatasetIntoStore } from '../storeTestUtils';

const doc: Dataset = {
  version: 1,
  title: 'Test',
  actors: [
    { id: 'us', name: 'United States' },
    { id: 'isis', name: 'ISIS' },
  ],
  categories: [{ id: 'war', name: 'Military operation' }],
  sources: [
    { id: 'a', publisher: 'Reuters', title: 'A', grade: 'B' },
    { id: 'b', publisher: 'AP', title: 'B', grade: 'B' },
  ],
  events: [
    { id: 'late', date: '2024-01-27', title: 'Talks begin', summary: 'The first round.', actors: ['us'], category: 'war', sources: [{ source: 'a' }] },
    { id: 'early', date: '2014-06-10', title: 'Mosul falls', summary: 'ISIS takes the city.', actors: ['isis', 'us'], category: 'war', sources: [{ source: 'a' }, { source: 'b' }] },
    { id: 'year', date: '2014', title: 'Coalition formed', actors: ['us'], category: 'war', sources: [{ source: 'b' }] },
  ],
  series: [
    {
      id: 'iraq',
      name: 'US troops in Iraq',
      unit: 'troops',
      points: [
        { date: '2014-06-30', value: 775, estimate: 'exact', kind: 'official', source: 'a' },
        { date: '2015-06-10', value: 3550, estimate: 'authorized', kind: 'ceiling', source: 'b' },
      ],
    },
  ],
};

beforeEach(() => loadDatasetIntoStore(doc));
const dataset = () => appStore.getState().dataset!;
const cardTitles = () => screen.getAllByRole('heading', { level: 5 }).map((h) => h.textContent);

describe('the phone reading view', () => {
  it('shows every event as a card in date order under year and month headings', async () => {
    render(<ReadingView dataset={dataset()} />);
    expect(cardTitles()).toEqual(['Coalition formed', 'Mosul falls', 'Talks begin']);
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['2014', '2015', '2024']);
    expect(screen.getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toEqual(['June', 'June', 'January']);
    // The date at its precision, the actors, the category, a summary and the number of sources.
    const mosul = screen.getByRole('heading', { name: 'Mosul falls' }).closest('article')!;
    expect(mosul).toHaveTextContent('10 Jun 2014');
    expect(within(mosul).getByRole('list', { name: 'Actors' })).toHaveTextContent('ISISUnited States');
    expect(await within(mosul).findByText('ISIS takes the city.')).toBeInTheDocument();
    expect(mosul).toHaveTextContent('Military operation · 2 sources');
  });

  it('puts the troop figures inline where they change, saying what kind of figure they are', () => {
    render(<ReadingView dataset={dataset()} />);
    const figures = screen.getAllByText(/US troops in Iraq/).map((el) => el.closest('li')!.textContent);
    expect(figures).toEqual(['US troops in Iraq 775 troops (official level), 30 Jun 2014', 'US troops in Iraq up to 3,550 troops (authorized ceiling) (up from 775), 10 Jun 2015']);
  });

  it('joins a figure to its date with the Arabic comma on an Arabic page (the English page’s comma is pinned above)', async () => {
    await loadLocale('ar');
    try {
      render(<ReadingView dataset={dataset()} />);
      const figures = screen.getAllByText(/US troops in Iraq/).map((el) => el.closest('li')!.textContent);
      expect(figures).toEqual([
        'US troops in Iraq ٧٧٥ جنديًا (مستوى رسمي)، ٣٠ يونيو ٢٠١٤',
        'US troops in Iraq حتى ٣٬٥٥٠ جنديًا (سقف مسموح به) (ارتفاعًا من ٧٧٥)، ١٠ يونيو ٢٠١٥',
      ]);
    } finally {
      applyLocale('en');
    }
  });

  it('turns the lanes into filter chips: pressing one hides that actor\'s events', async () => {
    const user = userEvent.setup();
    render(<ReadingView dataset={dataset()} />);
    const chip = screen.getByRole('button', { name: /^ISIS/ });
    expect(chip).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByRole('button', { name: /^United States/ }));
    expect(cardTitles()).toEqual(['Mosul falls']);
    expect(appStore.getState().filters.actors).toEqual(['isis']);
  });

  it('opens the event as a sheet over the list and closes it with Escape, focus back on the card', async () => {
    const user = userEvent.setup();
    render(<ReadingView dataset={dataset()} />);
    const open = screen.getByRole('button', { name: 'Talks begin' });
    open.focus();
    await user.keyboard('{Enter}');
    expect(appStore.getState().selectedId).toBe('late');
    const sheet = await screen.findByRole('dialog', { name: 'Event details' });
    expect(await within(sheet).findByRole('heading', { name: 'Talks begin' })).toBeInTheDocument();
    sheet.dispatchEvent(new Event('cancel', { cancelable: true }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(appStore.getState().selectedId).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Talks begin' }));
  });

  it('does not open a sheet for the selection the page started with', () => {
    appStore.getState().select('late');
    render(<ReadingView dataset={dataset()} />);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Talks begin' }).closest('article')).toHaveAttribute('aria-current', 'true');
  });
});
