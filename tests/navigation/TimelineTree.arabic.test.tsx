import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { shownSpan } from '../../src/axis/shownSpan';
import { applyLocale } from '../../src/i18n/locale';
import { loadLocale } from '../../src/i18n/translator';
import { createInMemoryDataset } from '../../src/model/inMemoryDataset';
import type { Dataset } from '../../src/model/types';
import { TimelineTree } from '../../src/navigation/TimelineTree';
import { allVisible, makeDataset } from '../timeline/fixture';
import { resetStores } from '../storeTestUtils';

/*
 * The timeline's tree in Arabic: its name and help, each lane with its events
 * counted in the Arabic noun forms and its dates, each period with its dates, its
 * count and its most important event (whose title the dataset translates).
 */

const base = makeDataset([
  { id: 'strikes', date: '2014-08-08', title: 'First US airstrikes', importance: 3 },
  { id: 'advisers', date: '2014-09', title: 'Advisers sent' },
  { id: 'base', date: '2014-11-02', title: 'Base reopened' },
  { id: 'talks', date: '2024-01-27', title: 'First round of talks', actors: ['iraq'] },
]);
const doc: Dataset = {
  ...base,
  translations: { ar: { from: 'en', by: 'machine' } },
  actors: base.actors.map((a) => (a.id === 'us' ? { ...a, translations: { ar: { name: 'الولايات المتحدة' } } } : a.id === 'iraq' ? { ...a, translations: { ar: { name: 'الحكومة العراقية' } } } : a)),
  events: base.events.map((e) => (e.id === 'strikes' ? { ...e, translations: { ar: { title: 'أولى الغارات الأمريكية' } } } : e)),
};
const dataset = createInMemoryDataset(doc);
const lanes = [0, 1].map((actor, k) => ({ actor, y: k * 60, height: 60, rowsTop: 0, rows: 2 }));

beforeAll(async () => {
  await loadLocale('ar');
});
beforeEach(() => {
  resetStores();
  applyLocale('ar');
  // Yearly axis intervals: the periods are years.
  shownSpan.getState().reset([Date.UTC(2014, 0, 1), Date.UTC(2025, 0, 1)]);
});
afterEach(() => {
  resetStores();
  applyLocale('en');
});

describe('the timeline tree in Arabic', () => {
  it('names the tree, its lanes and their periods in Arabic, counting events in the Arabic forms', async () => {
    const user = userEvent.setup();
    render(<TimelineTree dataset={dataset} mask={allVisible(dataset)} lanes={lanes} plotWidth={800} left={0} />);
    const tree = screen.getByRole('tree', { name: 'الجدول الزمني حسب المسار والفترة والحدث' });
    expect(tree).toHaveAccessibleDescription(/^المسارات، ثم الفترات، ثم الأحداث\./);
    const lane = screen.getByRole('treeitem', { name: 'الولايات المتحدة: ٣ أحداث، من ٨ أغسطس ٢٠١٤ إلى ٢ نوفمبر ٢٠١٤' });
    act(() => lane.focus());
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toHaveAccessibleName('٢٠١٤: ٣ أحداث، أهمها: أولى الغارات الأمريكية');
    await user.keyboard('{ArrowUp}{Shift>}{ArrowDown}{/Shift}');
    expect(document.activeElement).toHaveAccessibleName('الحكومة العراقية: حدث واحد، ٢٧ يناير ٢٠٢٤');
  });
});
