import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadLocale } from '../../src/i18n/translator';
import { ChecklistFilter, type ChecklistItem } from '../../src/ui/ChecklistFilter';

const many: ChecklistItem[] = [
  { id: 'sudani', name: 'Sudaní government', count: 3 },
  { id: 'is', name: 'IS', count: 7 },
  ...Array.from({ length: 30 }, (_, i) => ({ id: `g${i}`, name: `Group ${i}`, count: i })),
];

describe('ChecklistFilter', () => {
  it('narrows a long list by name, folding case and accents, and ticks the one found', async () => {
    const onToggle = vi.fn();
    const user = userEvent.setup();
    render(<ChecklistFilter legend="Actors" items={many} selected={null} onToggle={onToggle} onSetAll={() => {}} />);
    const group = screen.getByRole('group', { name: /Actors/ });
    expect(within(group).getAllByRole('checkbox')).toHaveLength(32);
    await user.type(within(group).getByRole('searchbox', { name: 'Find actors' }), 'SUDANI');
    const found = within(group).getAllByRole('checkbox');
    expect(found).toHaveLength(1);
    expect(found[0]).toHaveAccessibleName('Sudaní government (3 events)');
    expect(within(group).getByText('1 of 32')).toBeInTheDocument();
    await user.click(within(group).getByRole('checkbox', { name: /Sudaní/ }));
    expect(onToggle).toHaveBeenCalledWith('sudani');
  });

  it('says when nothing matches and keeps the tally of every item', async () => {
    const user = userEvent.setup();
    render(<ChecklistFilter legend="Actors" items={many} selected={['is']} onToggle={() => {}} onSetAll={() => {}} />);
    await user.type(screen.getByRole('searchbox', { name: 'Find actors' }), 'zzz');
    expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
    expect(screen.getByText('No match')).toBeInTheDocument();
    expect(screen.getByText('1 of 32')).toBeInTheDocument();
  });

  it('has no search box for a short list', () => {
    render(<ChecklistFilter legend="Categories" items={many.slice(0, 5)} selected={null} onToggle={() => {}} onSetAll={() => {}} />);
    expect(screen.queryByRole('searchbox')).toBeNull();
    expect(screen.getAllByRole('checkbox')).toHaveLength(5);
  });

  describe('in Arabic', () => {
    afterEach(() => loadLocale('en'));

    it('says its shortcuts, tally, Find box and per-item counts in Arabic with Arabic-Indic digits', async () => {
      await loadLocale('ar');
      const user = userEvent.setup();
      const arabic = many.map((item, i) => ({ ...item, name: i === 0 ? 'حكومة السوداني' : `مجموعة ${i}` }));
      render(<ChecklistFilter legend="الأطراف" items={arabic} selected={['sudani']} onToggle={() => {}} onSetAll={() => {}} />);
      const group = screen.getByRole('group', { name: /الأطراف/ });
      expect(within(group).getByText('١ من ٣٢')).toBeInTheDocument();
      expect(within(group).getByRole('button', { name: 'عرض كل الأطراف' })).toHaveTextContent('الكل');
      expect(within(group).getByRole('button', { name: 'إخفاء كل الأطراف' })).toHaveTextContent('لا شيء');
      expect(within(group).getByRole('checkbox', { name: /حكومة السوداني/ })).toHaveAccessibleName('حكومة السوداني (٣ أحداث)');
      expect(within(group).getByRole('checkbox', { name: /^مجموعة 3 / })).toHaveAccessibleName('مجموعة 3 (حدث واحد)');
      await user.type(within(group).getByRole('searchbox', { name: 'البحث في الأطراف' }), 'zzz');
      expect(within(group).getByText('لا تطابق')).toBeInTheDocument();
      // No English word left in what the group shows or says.
      expect(group.textContent).not.toMatch(/[A-Za-z]{2,}/);
    });
  });

  describe('with hundreds of items (UCDP has 660 actors)', () => {
    const actors: ChecklistItem[] = Array.from({ length: 660 }, (_, i) => ({ id: `a${i}`, name: `Actor ${String(i).padStart(3, '0')}`, count: 660 - i }));
    const setup = async () => {
      const onToggle = vi.fn();
      render(<ChecklistFilter legend="Actors" items={actors} selected={null} onToggle={onToggle} onSetAll={() => {}} />);
      const group = screen.getByRole('group', { name: /Actors/ });
      // The windowed list is a chunk of its own: wait for its rows (they carry their place).
      await waitFor(() => expect(group.querySelector('li[aria-setsize]')).not.toBeNull());
      return { onToggle, group };
    };

    it('puts at most 60 rows in the document, each saying its place among all 660', async () => {
      const { group } = await setup();
      const boxes = within(group).getAllByRole('checkbox');
      expect(boxes.length).toBeGreaterThan(10);
      expect(boxes.length).toBeLessThanOrEqual(60);
      const rows = within(group).getAllByRole('listitem');
      expect(rows.map((r) => r.getAttribute('aria-setsize'))).toEqual(rows.map(() => '660'));
      expect(rows.map((r) => Number(r.getAttribute('aria-posinset')))).toEqual(rows.map((_, k) => k + 1));
    });

    it('is one Tab stop; End reaches the last actor, Space ticks it, Home and the arrows move back', async () => {
      const { onToggle, group } = await setup();
      const user = userEvent.setup();
      within(group).getByRole('searchbox', { name: 'Find actors' }).focus();
      await user.tab();
      expect(document.activeElement).toHaveAccessibleName('Actor 000 (660 events)');
      await user.keyboard('{End}');
      expect(document.activeElement).toHaveAccessibleName('Actor 659 (1 event)');
      expect(document.activeElement?.closest('li')?.getAttribute('aria-posinset')).toBe('660');
      expect(within(group).getAllByRole('checkbox').length).toBeLessThanOrEqual(60);
      await user.keyboard(' ');
      expect(onToggle).toHaveBeenLastCalledWith('a659');
      await user.keyboard('{ArrowUp}');
      expect(document.activeElement).toHaveAccessibleName('Actor 658 (2 events)');
      await user.keyboard('{Home}{ArrowDown}');
      expect(document.activeElement).toHaveAccessibleName('Actor 001 (659 events)');
      // Tab leaves the list at once: the other rows are not Tab stops.
      await user.tab();
      expect(document.activeElement?.closest('ul')).toBeNull();
    });

    it('keeps the focused row in the document when the list scrolls far from it', async () => {
      const { group } = await setup();
      const user = userEvent.setup();
      await user.click(within(group).getByRole('checkbox', { name: /Actor 002/ }));
      const box = within(group).getByRole('list');
      box.scrollTop = 15_000;
      fireEvent.scroll(box, { target: { scrollTop: 15_000 } });
      expect(within(group).queryByRole('checkbox', { name: /Actor 000/ })).toBeNull();
      expect(document.activeElement).toHaveAccessibleName('Actor 002 (658 events)');
      expect(document.activeElement?.isConnected).toBe(true);
    });

    it('narrows by name and counts the matches as the whole list', async () => {
      const { group } = await setup();
      const user = userEvent.setup();
      await user.type(within(group).getByRole('searchbox', { name: 'Find actors' }), 'actor 65');
      const rows = within(group).getAllByRole('listitem');
      expect(rows.map((r) => r.textContent?.match(/Actor \d+/)?.[0])).toEqual(Array.from({ length: 10 }, (_, i) => `Actor 65${i}`));
      expect(rows.map((r) => r.getAttribute('aria-setsize'))).toEqual(rows.map(() => '10'));
    });
  });
});
