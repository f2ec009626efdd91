import { describe, expect, it } from 'vitest';
import { applyLocale } from '../../src/i18n/locale';
import { loadLocale } from '../../src/i18n/translator';
import { summarizeView, summaryText, viewSummarizer } from '../../src/summary/summarizeView';
import { createInMemoryDataset } from '../../src/model/inMemoryDataset';
import { makeDataset } from '../timeline/fixture';

const dataset = createInMemoryDataset(makeDataset([
  { id: 'a', date: '2014-06-10', title: 'A', actors: ['isis', 'iraq'] },
  { id: 'b', date: '2014-06-20', title: 'B', actors: ['isis'] },
  { id: 'c', date: '2014-08-08', title: 'C', actors: ['us'] },
  { id: 'd', date: '2024-01-27', title: 'D', actors: ['us', 'iraq'] },
]));
const all = new Uint8Array(dataset.columns.count).fill(1);

describe('summarizeView', () => {
  it('says the range, how many of how many are in view, the leading actors and the busiest month', () => {
    const s = summarizeView(dataset.columns, dataset.meta, all, Date.UTC(2014, 0, 1), Date.UTC(2015, 0, 1));
    expect(s).toMatchObject({ inView: 3, shown: 4, total: 4, busiestMonth: { start: Date.UTC(2014, 5, 1), count: 2 } });
    expect(s.leading.map((l) => [l.name, l.count])[0]).toEqual([dataset.meta.actors.find((a) => a.id === 'isis')!.name, 2]);
    expect(summaryText(s)).toMatch(/^10 June 2014 to 31 December 2014: 3 of 4 events in view\. Most events: .*\(2\).* Busiest month: June 2014, 2 events\.$/);
  });

  it('says the range only as far as the data goes, not the padding around it', () => {
    const s = summarizeView(dataset.columns, dataset.meta, all, Date.UTC(2013, 8, 2), Date.UTC(2025, 3, 19));
    expect(summaryText(s)).toMatch(/^10 June 2014 to 27 January 2024: 4 of 4 events in view\./);
  });

  it('follows a filter: rows the mask hides are not counted, and the text says how many pass', () => {
    const mask = Uint8Array.from(all);
    mask[dataset.text.indexOf('b')] = 0;
    const s = summarizeView(dataset.columns, dataset.meta, mask, Date.UTC(2014, 0, 1), Date.UTC(2025, 0, 1));
    expect(s.inView).toBe(3);
    expect(summaryText(s)).toContain('3 of 4 events in view (3 pass the filters)');
  });

  it('is one Arabic sentence on the Arabic page: Arabic words, Arabic-Indic digits, the counted nouns in their forms', async () => {
    await loadLocale('ar');
    try {
      const text = summaryText({
        from: Date.UTC(2014, 5, 10),
        to: Date.UTC(2015, 0, 1),
        inView: 3,
        shown: 12,
        total: 71,
        leading: [
          { name: 'داعش', count: 2 },
          { name: 'الحكومة العراقية', count: 1 },
        ],
        busiestMonth: { start: Date.UTC(2014, 5, 1), count: 2 },
      });
      expect(text).toBe(
        'من ١٠ يونيو ٢٠١٤ إلى ٣١ ديسمبر ٢٠١٤: يُعرض ٣ من ٧١ حدثًا (١٢ منها تطابق عوامل التصفية). الأكثر أحداثًا: داعش (٢)، الحكومة العراقية (١). أكثر الأشهر أحداثًا: يونيو ٢٠١٤، حدثان.',
      );
      expect(text).not.toMatch(/[A-Za-z0-9]/);
    } finally {
      applyLocale('en');
    }
  });
});

describe('viewSummarizer', () => {
  const rows = Array.from({ length: 23 }, (_, i) => ({
    id: `e${i}`,
    date: `20${14 + (i % 10)}-0${1 + (i % 9)}-1${i % 10}`,
    title: `E${i}`,
    actors: i % 3 === 0 ? ['isis', 'iraq'] : i % 3 === 1 ? ['us'] : ['iraq'],
  }));
  const many = createInMemoryDataset(makeDataset(rows));
  const mask = new Uint8Array(many.columns.count).fill(1);
  mask[4] = 0;
  mask[17] = 0;
  const [from, to] = [Date.UTC(2015, 0, 1), Date.UTC(2021, 6, 1)];

  it('counted a slice at a time, of any size, says what one pass over every row says', () => {
    const whole = summarizeView(many.columns, many.meta, mask, from, to);
    for (const slice of [1, 2, 5, 7, 22, 23, 100]) {
      const summarizer = viewSummarizer(many.columns, many.meta, mask, from, to);
      let slices = 1;
      while (summarizer.step(slice)) slices++;
      expect(slices).toBe(Math.max(1, Math.ceil(many.columns.count / slice)));
      expect(summarizer.result()).toEqual(whole);
    }
  });
});
