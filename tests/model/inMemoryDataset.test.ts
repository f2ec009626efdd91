import { describe, expect, it } from 'vitest';
import { createInMemoryDataset } from '../../src/model/inMemoryDataset';
import { validateDataset } from '../../src/model/validate';
import { datasetWith, event, validDocument } from './fixtures';

const loaded = createInMemoryDataset(
  datasetWith([
    event('later', '2024-01-27', { title: 'Talks begin', summary: 'Prime Minister Mohammed Shia’ al-Sudaní opens talks.' }),
    event('earlier', '2014-06-10', { title: 'Fall of Mosul', actors: ['isis'] }),
    event('middle', '2017-07', { title: 'Mosul liberated', summary: 'Iraqi forces retake the city.' }),
  ]),
);

describe('createInMemoryDataset', () => {
  it('puts rows in date order and resolves each row to its original event', async () => {
    expect([0, 1, 2].map((i) => loaded.text.id(i))).toEqual(['earlier', 'middle', 'later']);
    expect(loaded.text.title(1)).toBe('Mosul liberated');
    expect((await loaded.getEvent(2)).summary).toContain('al-Sudaní');
  });

  it('finds rows by id', () => {
    expect(loaded.text.indexOf('later')).toBe(2);
    expect(loaded.text.indexOf('missing')).toBe(-1);
  });

  it('searches title and summary case- and accent-insensitively', async () => {
    expect(Array.from((await loaded.search('SUDANI'))!)).toEqual([0, 0, 1]);
    expect(Array.from((await loaded.search('mosul'))!)).toEqual([1, 1, 0]);
    expect(Array.from((await loaded.search('retake'))!)).toEqual([0, 1, 0]);
  });

  it('does not match across the title and summary', async () => {
    expect(Array.from((await loaded.search('liberated iraqi'))!)).toEqual([0, 0, 0]);
  });

  it('returns null for a blank query', async () => {
    expect(await loaded.search('   ')).toBeNull();
  });

  it('rejects a row outside the dataset', async () => {
    await expect(loaded.getEvent(3)).rejects.toThrow(RangeError);
  });

  it('indexes lanes by actor and keeps meta and extra from a validated document', async () => {
    const doc = validDocument();
    doc.events[1].casualties = 3;
    const result = validateDataset(doc);
    if (!result.ok) throw new Error('fixture invalid');
    const ds = createInMemoryDataset(result.dataset);
    expect(ds.meta.actors.map((a) => a.id)).toEqual(['us', 'iraq-gov', 'isis']);
    expect(Array.from(ds.index.laneRows(0))).toEqual([1]);
    expect((await ds.getEvent(1)).extra).toEqual({ casualties: 3 });
  });
});
