import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { shownSpan } from '../../src/axis/shownSpan';
import { applyLocale, chooseDigits } from '../../src/i18n/locale';
import { loadLocale } from '../../src/i18n/translator';
import type { Dataset } from '../../src/model/types';
import { FiguresAt, TroopChart } from '../../src/troops/TroopChart';
import { createInMemoryDataset } from '../../src/model/inMemoryDataset';
import { loadDatasetIntoStore, resetStores } from '../storeTestUtils';

/*
 * The troop chart in Arabic: every word of its caption, summary, legend and key,
 * plot, Listen control, tree and table from the Arabic catalogue, its numbers and
 * dates in Arabic-Indic digits (Latin where the reader chooses them). What may stay
 * in Latin letters: the source's own words (publisher, title, quote), marked with
 * their language, and the names of keys (Enter, Escape, Shift, Home, End).
 */

const dataset: Dataset = {
  version: 1,
  title: 'Test',
  translations: { ar: { from: 'en', by: 'machine' } },
  actors: [{ id: 'us', name: 'United States', translations: { ar: { name: 'الولايات المتحدة' } } }],
  categories: [{ id: 'deploy', name: 'Deployment' }],
  sources: [
    { id: 'dod', publisher: 'US Department of Defense', title: 'Force management levels', grade: 'A' },
    { id: 'reuters', publisher: 'Reuters', title: 'US troops in Iraq', url: 'https://www.reuters.com/x', grade: 'B' },
  ],
  events: [{ id: 'e1', date: '2014-06-15', title: 'Advisers sent', actors: ['us'], category: 'deploy', sources: [{ source: 'dod' }] }],
  series: [
    {
      id: 'us-troops-iraq',
      name: 'US troops in Iraq',
      unit: 'troops',
      translations: { ar: { name: 'القوات الأمريكية في العراق' } },
      points: [
        { date: '2014-06-30', value: 775, estimate: 'exact', kind: 'official', source: 'dod' },
        { date: '2017-11', value: 5200, estimate: 'approximate', kind: 'official', source: 'reuters', quote: 'roughly 5,200 American troops' },
        { date: '2020-09', value: 3000, estimate: 'authorized', kind: 'ceiling', source: 'dod' },
      ],
    },
    {
      id: 'attacks-on-us-forces',
      name: 'Attacks on US forces',
      unit: 'attacks',
      translations: { ar: { name: 'الهجمات على القوات الأمريكية' } },
      points: [{ date: '2023-11-20', value: 66, estimate: 'exact', kind: 'count', source: 'reuters' }],
    },
    {
      id: 'aircraft',
      name: 'Coalition aircraft',
      unit: 'aircraft',
      translations: { ar: { name: 'طائرات التحالف', unit: 'طائرات' } },
      points: [{ date: '2015-03', value: 12, estimate: 'exact', kind: 'planned', source: 'dod' }],
    },
  ],
};

/**
 * What stays in Latin letters: key names as the keys are labelled, the sources'
 * grade letters (A, B, C: the dataset's own), and the publishers' names where a
 * figure's spoken name says them (an aria-label cannot mark its language).
 */
const STAYS = [/\b(Enter|Escape|Shift|Home|End)\b/g, /\b[ABC]\b/g, ...dataset.sources.map((s) => new RegExp(`\\b${s.publisher}\\b`, 'g'))];

/** The Latin words of `root`'s text and spoken names, leaving out what is marked as being in another language (the source's own words). */
function latinWords(root: Element): string[] {
  const copy = root.cloneNode(true) as Element;
  copy.querySelectorAll('[lang]').forEach((el) => el.remove());
  const attributes = [...copy.querySelectorAll('[aria-label]')].map((el) => el.getAttribute('aria-label') ?? '');
  const text = STAYS.reduce((rest, word) => rest.replace(word, ''), [copy.textContent ?? '', ...attributes].join(' '));
  return text.match(/[A-Za-z]+/g) ?? [];
}

beforeAll(async () => {
  await loadLocale('ar');
});
beforeEach(() => {
  applyLocale('ar');
  loadDatasetIntoStore(dataset);
  shownSpan.getState().reset([Date.UTC(2014, 0, 1), Date.UTC(2025, 0, 1)]);
});
afterEach(() => {
  resetStores();
  applyLocale('en');
  chooseDigits(null);
});

describe('the troop chart in Arabic', () => {
  it('says its caption, legend, key, panels and plot in Arabic, with no English left but the sources’ own words', () => {
    const { container } = render(<TroopChart />);
    const figure = screen.getByRole('figure');
    expect(figure).toHaveTextContent('أعداد القوات');
    expect(screen.getByRole('list', { name: 'السلاسل' })).toHaveTextContent('القوات الأمريكية في العراق');
    const key = screen.getByRole('list', { name: 'دليل الرموز' });
    expect(within(key).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'إحصاء: ما جرى إحصاؤه، كالأفراد الموجودين',
      'مستوى رسمي: الرقم الذي تعلنه الحكومة',
      'سقف مسموح به: الحد الأقصى المسموح به، وليس إحصاءً',
      'مستوى مخطَّط له: ما أُعلن لوقت لاحق، وليس إحصاءً',
      'مجوَّف: تقريبي («نحو»)',
      'الشهر أو السنة التي يعود إليها الرقم',
    ]);
    expect([...container.querySelectorAll('.troops-panel-title')].map((t) => t.textContent)).toEqual(['الجنود', 'الهجمات على القوات الأمريكية', 'طائرات التحالف']);
    expect(screen.getByRole('group', { name: 'مخطط الأرقام عبر الزمن' })).toBeInTheDocument();
    // The y axis in Arabic-Indic digits with the Arabic thousands separator.
    expect([...container.querySelectorAll('.troops-axis-y .tick text')].map((t) => t.textContent)).toContain('٥٬٠٠٠');
    expect(latinWords(figure)).toEqual([]);
  });

  it('names each figure on the plot in Arabic: its unit counted, its kind, date and source', () => {
    render(<TroopChart />);
    expect(screen.getByRole('img', { name: 'القوات الأمريكية في العراق: نحو ٥٬٢٠٠ جندي، نوفمبر ٢٠١٧، مستوى رسمي، تقريبي. المصدر: Reuters' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /^الهجمات على القوات الأمريكية: ٦٦ هجومًا، ٢٠ نوفمبر ٢٠٢٣، إحصاء/ })).toBeInTheDocument();
    // A unit the catalogue does not know is written as the dataset translates it.
    expect(screen.getByRole('img', { name: /^طائرات التحالف: ١٢ طائرات، مارس ٢٠١٥، مستوى مخطَّط له/ })).toBeInTheDocument();
  });

  it('lists every figure in an Arabic table, the sources’ publishers and titles marked as English', async () => {
    const user = userEvent.setup();
    render(<TroopChart />);
    await user.click(screen.getByRole('button', { name: 'عرض الأرقام في جدول' }));
    const table = screen.getByRole('table', { name: 'كل أرقام المخطط مع مصادرها' });
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['السلسلة', 'التاريخ', 'الرقم', 'ماهيته', 'المصدر']);
    const row = within(table).getByRole('row', { name: /نوفمبر ٢٠١٧/ });
    expect(row).toHaveTextContent('نحو ٥٬٢٠٠ جندي');
    expect(row).toHaveTextContent('مستوى رسمي، تقريبي');
    expect(row).toHaveTextContent('(الدرجة B)');
    expect(within(row).getByRole('link', { name: 'Reuters' })).toHaveAttribute('lang', 'en');
    expect(within(table).getByRole('row', { name: /سبتمبر ٢٠٢٠/ })).toHaveTextContent('حتى ٣٬٠٠٠ جندي');
    expect(screen.getByRole('button', { name: 'إخفاء جدول الأرقام' })).toBeInTheDocument();
    expect(latinWords(table)).toEqual([]);
  });

  it('walks the chart’s tree in Arabic: series, steps with their change, figures', async () => {
    const user = userEvent.setup();
    const { container } = render(<TroopChart />);
    const tree = screen.getByRole('tree', { name: 'مخطط أعداد القوات حسب السلسلة والخطوة والرقم' });
    const first = container.querySelector('figure [tabindex="0"]') as HTMLElement;
    expect(first).toHaveAccessibleName('القوات الأمريكية في العراق: ٣ أرقام في ٣ خطوات، من ٣٠ يونيو ٢٠١٤ إلى سبتمبر ٢٠٢٠');
    act(() => first.focus());
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toHaveAccessibleName('من ٣٠ يونيو ٢٠١٤ إلى نوفمبر ٢٠١٧: ٧٧٥ جنديًا، مستوى رسمي، أول رقم');
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toHaveAccessibleName('منذ نوفمبر ٢٠١٧: نحو ٥٬٢٠٠ جندي، مستوى رسمي، تقريبي، بارتفاع ٤٬٤٢٥ عن الخطوة السابقة');
    await user.keyboard('{End}');
    expect(document.activeElement).toHaveAccessibleName(
      'منذ سبتمبر ٢٠٢٠: حتى ٣٬٠٠٠ جندي، سقف مسموح به، أدنى بـ٢٬٢٠٠ من الرقم الساري حينها (مستوى رسمي، نحو ٥٬٢٠٠ جندي)',
    );
    expect(latinWords(tree)).toEqual([]);
  });

  it('sums up the chart in Arabic: the span, each series’ peak and latest, how many are hidden', async () => {
    render(<TroopChart />);
    const summary = screen.getByTestId('chart-summary');
    await waitFor(() => expect(summary.textContent).toMatch(/^الأرقام من ٣٠ يونيو ٢٠١٤ إلى /));
    expect(summary).toHaveTextContent(
      'القوات الأمريكية في العراق: الذروة نحو ٥٬٢٠٠ جندي (مستوى رسمي، تقريبي، نوفمبر ٢٠١٧)؛ والأحدث حتى ٣٬٠٠٠ جندي (سقف مسموح به، سبتمبر ٢٠٢٠).',
    );
    expect(latinWords(summary)).toEqual([]);
  });

  it('speaks Listen’s controls and each figure stepped to in Arabic', async () => {
    const user = userEvent.setup();
    render(<TroopChart />);
    const listen = screen.getByRole('group', { name: 'الاستماع إلى الأرقام' });
    expect(within(listen).getByRole('button', { name: 'استمع' })).toBeInTheDocument();
    await user.click(within(listen).getByRole('button', { name: 'الرقم اللاحق' }));
    expect(within(listen).getByRole('status')).toHaveTextContent(
      'القوات الأمريكية في العراق، ٣٠ يونيو ٢٠١٤: ٧٧٥ جنديًا (مستوى رسمي). الرقم ١ من ٢.',
    );
    await user.click(within(listen).getByRole('button', { name: 'الرقم اللاحق' }));
    expect(within(listen).getByRole('status')).toHaveTextContent('نحو ٥٬٢٠٠ جندي (مستوى رسمي)، بارتفاع ٤٬٤٢٥. الرقم ٢ من ٢.');
    expect(within(listen).getByLabelText('السلسلة')).toBeInTheDocument();
    expect(latinWords(listen)).toEqual([]);
  });

  it('writes its figures and dates in Latin digits when the reader chooses them', () => {
    chooseDigits('latn');
    render(<TroopChart />);
    expect(screen.getByRole('img', { name: /^القوات الأمريكية في العراق: نحو 5,200 جندي، نوفمبر 2017،/ })).toBeInTheDocument();
  });

  it('gives the story’s figures of a moment in Arabic', () => {
    render(<FiguresAt dataset={createInMemoryDataset(dataset)} at={Date.UTC(2018, 0, 1)} />);
    expect(screen.getByRole('heading', { name: 'الأرقام حينها' })).toBeInTheDocument();
    expect(screen.getByRole('listitem')).toHaveTextContent('القوات الأمريكية في العراق: نحو ٥٬٢٠٠ جندي (مستوى رسمي، نوفمبر ٢٠١٧)');
  });
});
