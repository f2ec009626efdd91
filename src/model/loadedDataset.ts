import type { ColumnStats } from './columnStats';
import type { EventColumns } from './eventColumns';
import type { EventIndex } from './eventIndex';
import type { Actor, Category, DocumentTranslation, Period, Series, Source, TimelineEvent, Translations } from './types';

/** Everything about a dataset except its events, which live in columns. */
export interface DatasetMeta {
  title: string;
  /**
   * The importers' catalogue key (imports section) for `title` when the file gave neither a
   * name nor a title: `title` holds the word in English, and the page says it in the reader's.
   */
  titleWord?: string;
  description?: string;
  actors: Actor[];
  categories: Category[];
  sources: Source[];
  series: Series[];
  /** Shaded periods behind the lanes (absent when none). */
  periods?: Period[];
  /** The guided story as written (absent when none): validateStory checks it when it opens. */
  story?: unknown;
  /** The languages the dataset is translated into, from what language and by whom (absent when none). */
  translations?: Translations<DocumentTranslation>;
}

/** Per-event strings, looked up by row so large datasets need not hold event objects. */
export interface EventText {
  id(i: number): string;
  title(i: number): string;
  /** The title in language `lang` where the dataset translates it, else the original. */
  titleIn(i: number, lang: string): string;
  /** Row of the event with this id, or -1. */
  indexOf(id: string): number;
}

/**
 * A dataset ready for the app: validated, indexed, in columns. Built in memory
 * for small documents or by the parse worker for large ones; the UI cannot tell.
 */
export interface LoadedDataset {
  meta: DatasetMeta;
  columns: EventColumns;
  index: EventIndex;
  text: EventText;
  /** Span and per-actor/category totals (computed once; the worker sends them with the columns). */
  stats(): ColumnStats;
  /** The full event as written (sources, quotes, summary, place, extra). */
  getEvent(i: number): Promise<TimelineEvent>;
  /**
   * Rows whose title or summary contains the query, case- and accent-insensitively,
   * as a mask (1 = match). Resolves to null for a blank query.
   */
  search(query: string): Promise<Uint8Array | null>;
}
