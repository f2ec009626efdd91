import { act, render, screen, waitFor, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { formatCount } from '../../src/i18n/format';
import { applyLocale, chooseDigits } from '../../src/i18n/locale';
import { loadLocale } from '../../src/i18n/translator';
import { createInMemoryDataset } from '../../src/model/inMemoryDataset';
import type { Dataset } from '../../src/model/types';
import { appStore } from '../../src/store/appStore';
import { EventDetail } from '../../src/ui/EventDetail';
import { FilterPanel } from '../../src/ui/FilterPanel';
import { resetStores } from '../storeTestUtils';

/*
 * The details and the filters on the Arabic page, over the default dataset: every
 * word of the panels in Arabic, numbers in Arabic-Indic digits, and the sources'
 * own words (publisher, title, quotes) left as published, marked English.
 */

const doc = JSON.parse(readFileSync('data/coalition.json', 'utf8')) as Dataset;
const dataset = createInMemoryDataset(doc);

/** Text of an element without what is quoted or named as published (and the grade letters A-C). */
function ownWords(root: HTMLElement): string {
  const copy = root.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('[lang="en"], .grade, .source-link').forEach((el) => el.remove());
  return copy.textContent ?? '';
}

beforeAll(async () => {
  await loadLocale('ar');
});
beforeEach(() => {
  resetStores();
  applyLocale('ar');
});
afterEach(() => {
  resetStores();
  applyLocale('en');
  chooseDigits(null);
});

describe('the event details in Arabic', () => {
  it('shows the talks of 27 January 2024 in Arabic, with their quotes in English', async () => {
    act(() => appStore.getState().select('talks-first-round'));
    render(<EventDetail dataset={dataset} />);
    const panel = await screen.findByRole('complementary', { name: /الجولة الأولى من المحادثات/ });
    await within(panel).findByText('الفئة');
    expect(within(panel).getByRole('button', { name: 'إغلاق تفاصيل الحدث' })).toBeInTheDocument();
    expect(within(panel).getByText('الأهمية').nextElementSibling).toHaveTextContent('حدث رئيسي (٣ من ٣)');
    expect(within(panel).getByRole('heading', { level: 3 })).toHaveTextContent('المصادر (٥)');
    expect(within(panel).getByRole('list', { name: 'الأطراف' })).toBeInTheDocument();
    expect(within(panel).getByText('ما معنى الدرجات')).toBeInTheDocument();
    expect(within(panel).getAllByRole('link')[0]).toHaveTextContent(/^اقرأ في [\w.]+ \(يُفتح في علامة تبويب جديدة\)/);
    // The quotes stay in the words The National and Rudaw published, marked as English.
    const quotes = panel.querySelectorAll('blockquote');
    expect(quotes).toHaveLength(3);
    expect(quotes[1]).toHaveTextContent('The talks and whatever progress made will determine the length of these negotiations');
    quotes.forEach((q) => expect(q).toHaveAttribute('lang', 'en'));
    // The grade's meaning, spoken and as a tooltip.
    expect(panel.querySelector('abbr.grade')).toHaveAttribute('title', expect.stringMatching(/^الدرجة [ABC]: /));
    // No English word in the panel's own words.
    expect(ownWords(panel)).not.toMatch(/[A-Za-z]{2,}/);
  });

  it('keeps a quote in a translated summary in its own words, marked English and isolated', async () => {
    const quoting = structuredClone(doc);
    const talks = quoting.events.find((e) => e.id === 'talks-first-round')!;
    talks.translations = { ...talks.translations, ar: { ...talks.translations?.ar, summary: 'قال المسؤول إن “the talks will take time” بحسب المصدر.' } };
    act(() => appStore.getState().select('talks-first-round'));
    render(<EventDetail dataset={createInMemoryDataset(quoting)} />);
    const panel = await screen.findByRole('complementary', { name: /الجولة الأولى من المحادثات/ });
    const summary = await waitFor(() => {
      const p = panel.querySelector<HTMLElement>('.event-detail-summary');
      expect(p).not.toBeNull();
      return p!;
    });
    // The summary is Arabic (the page's language), the quote inside it English, in a bdi so
    // its quotation marks stay with it in the right-to-left line.
    expect(summary).not.toHaveAttribute('lang');
    expect(summary).toHaveTextContent('قال المسؤول إن “the talks will take time” بحسب المصدر.');
    const quote = summary.querySelector('bdi');
    expect(quote).toHaveAttribute('lang', 'en');
    expect(quote).toHaveTextContent(/^“the talks will take time”$/);
  });

  it('says the data is gone in Arabic when its worker has stopped', async () => {
    const { DatasetGoneError, WORKER_CLOSED } = await import('../../src/load/workerDataset');
    act(() => appStore.getState().select('talks-first-round'));
    render(<EventDetail dataset={{ ...dataset, getEvent: () => Promise.reject(new DatasetGoneError(WORKER_CLOSED)) }} onReload={() => {}} />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('لم تعد البيانات متاحة في هذه النافذة: توقّفت العملية الخلفية التي كانت تحملها (أُغلقت أو نفدت ذاكرتها).');
    expect(within(alert).getByRole('button')).toHaveTextContent('أعد تحميل البيانات');
  });
});

describe('the filter panel in Arabic', () => {
  it('names its search, dates and checklists in Arabic, with the tallies in Arabic-Indic digits', () => {
    render(<FilterPanel dataset={dataset} />);
    expect(screen.getByRole('heading', { name: 'عوامل التصفية' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'مسح عوامل التصفية' })).toBeDisabled();
    expect(screen.getByRole('searchbox', { name: 'البحث في العناوين والملخصات' })).toHaveAttribute('placeholder', 'مثلًا: الموصل، محادثات');
    expect(screen.getByRole('group', { name: 'التواريخ' })).toHaveTextContent('يقرّب الجدول الزمني ويتبع نافذة النظرة العامة.');
    expect(screen.getByLabelText('من')).toBeInTheDocument();
    const actors = screen.getByRole('group', { name: /^الأطراف/ });
    const n = formatCount(doc.actors.length);
    expect(n).toMatch(/^[٠-٩]+$/);
    expect(within(actors).getByText(`${n} من ${n}`)).toBeInTheDocument();
    expect(within(actors).getByRole('button', { name: 'إخفاء كل الأطراف' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: /^الفئات/ })).toBeInTheDocument();
    // Actor and category names come from the dataset's translations: no English word is left.
    expect(document.body.textContent).not.toMatch(/[A-Za-z]{2,}/);
  });
});
