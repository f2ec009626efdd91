import { buildColumns } from './buildColumns';
import { buildEventIndex } from './buildEventIndex';
import { columnStats, type ColumnStats } from './columnStats';
import { datasetMeta } from './datasetMeta';
import type { LoadedDataset } from './loadedDataset';
import { normalizeForSearch } from './normalizeText';
import { searchableTexts } from './searchableTexts';
import type { Dataset } from './types';

/**
 * A LoadedDataset built on the main thread from a validated dataset: for small
 * documents and for tests. Large documents get the same interface from the
 * parse worker.
 */
export function createInMemoryDataset(dataset: Dataset): LoadedDataset {
  const { columns, order } = buildColumns(dataset);
  const index = buildEventIndex(columns, dataset.actors.length);
  const events = dataset.events;
  const meta = datasetMeta(dataset);

  // Built on first use: many sessions never look an id up or search.
  let rowById: Map<string, number> | null = null;
  let haystacks: string[] | null = null;
  let stats: ColumnStats | null = null;

  return {
    meta,
    columns,
    index,
    stats: () => (stats ??= columnStats(columns, meta.actors.length, meta.categories.length)),
    text: {
      id: (i) => events[order[i]].id,
      title: (i) => events[order[i]].title,
      titleIn: (i, lang) => events[order[i]].translations?.[lang]?.title ?? events[order[i]].title,
      indexOf(id) {
        if (!rowById) {
          rowById = new Map();
          for (let row = 0; row < order.length; row++) rowById.set(events[order[row]].id, row);
        }
        return rowById.get(id) ?? -1;
      },
    },
    getEvent(i) {
      if (!(i >= 0 && i < columns.count)) return Promise.reject(new RangeError(`no event at row ${i}`));
      return Promise.resolve(events[order[i]]);
    },
    search(query) {
      const q = normalizeForSearch(query);
      if (q === '') return Promise.resolve(null);
      if (!haystacks) {
        // Events in document order (sequential memory), each text placed at its row.
        const rowOf = new Uint32Array(order.length);
        for (let row = 0; row < order.length; row++) rowOf[order[row]] = row;
        haystacks = new Array<string>(order.length);
        for (let i = 0; i < events.length; i++) {
          const e = events[i];
          // A separator no query can contain, so a match cannot span two texts.
          haystacks[rowOf[i]] = searchableTexts(e)
            .flatMap((text) => (text ? [normalizeForSearch(text)] : []))
            .join('\u0000');
        }
      }
      const mask = new Uint8Array(columns.count);
      for (let row = 0; row < haystacks.length; row++) if (haystacks[row].includes(q)) mask[row] = 1;
      return Promise.resolve(mask);
    },
  };
}
