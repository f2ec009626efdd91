import { parsePartialDateInto } from '../../model/partialDate';
import type { Actor, Category, Citation, Dataset, KeyedText, Period, Place, Source } from '../../model/types';
import { importsEn } from '../../i18n/imports.en';
import { importWords } from './importFailure';
import type { ImportResult, RejectedRow } from './importFormat';
import { ownString } from './ownString';

/*
 * Every format module fills one of these: it turns names into actor, category
 * and source ids, checks each row the way validateDataset will (so the document
 * it returns always validates), and collects the rows it had to leave out.
 * Events are written in the document's file form: extra fields such as
 * `fatalities` sit on the event itself, and validateDataset moves them into
 * `extra` as it does for any v1 file.
 */

/** One event as a format hands it over; names already turned into ids with the builder. */
export interface EventDraft {
  /** The file's own id; a row-based one is made when absent. */
  id?: string;
  date: string;
  end?: string;
  title: string;
  summary?: string;
  actors: string[];
  category?: string;
  place?: Place;
  sources?: Citation[];
  /** Extra fields shown in the detail panel (fatalities, display date, ...). */
  extra?: Record<string, string | number>;
}

/** Longest value quoted back in a rejected-row report. */
const VALUE_LENGTH = 120;

/** A value as text for a report: strings as they are, anything else as JSON, cut to a readable length. */
export function valueText(value: unknown): string {
  let s: string;
  if (typeof value === 'string') s = value;
  else {
    try {
      s = JSON.stringify(value) ?? String(value);
    } catch {
      s = String(value);
    }
  }
  return s.length > VALUE_LENGTH ? `${s.slice(0, VALUE_LENGTH)}…` : s;
}

/** A readable id from a name: "Military Forces of Iraq" -> "military-forces-of-iraq". */
function slug(name: string): string {
  return name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

/** Names to ids, each id unique, in first-seen order. */
class NameTable<T extends { id: string }> {
  readonly items: T[] = [];
  private readonly byKey = new Map<string, string>();
  private readonly taken = new Set<string>();

  constructor(
    private readonly fallback: string,
    private readonly make: (id: string, key: string) => T,
  ) {}

  idOf(key: string, name = key): string {
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    // Kept for the dataset's life: copied out of the file's text (see ownString).
    key = ownString(key);
    const base = slug(name) || this.fallback;
    let id = base;
    for (let n = 2; this.taken.has(id); n++) id = `${base}-${n}`;
    this.taken.add(id);
    this.byKey.set(key, id);
    this.items.push(this.make(id, key));
    return id;
  }
}

/** The importers' words for a document without a title (imports.en.ts). */
export type UntitledWord = 'untitledTable' | 'untitledAcled' | 'untitledTimelineJs' | 'untitledVis';

/** How the builder names the file and the lane of events without actors. */
export interface BuilderOptions {
  /** The document's title from the file's name, when it has one (a title the file gives replaces it). */
  title?: string;
  /**
   * The importers' word for a file that gives neither a name nor a title ("Imported table"):
   * a word of the interface, not of the data, so the page says it in the reader's language.
   */
  untitled: UntitledWord;
  description?: string;
  /** The file itself as a source: every event without its own source cites it. */
  fileSource: { publisher: string; title: string };
  /** Lane for events that name no actor. */
  noActorName?: string;
  /** Category of events that name none. */
  defaultCategory?: string;
}

/** Row-by-row assembly of a v1 document from any format. */
export class DocumentBuilder {
  private readonly actors = new NameTable<Actor>('actor', (id, name) => ({ id, name }));
  private readonly categories = new NameTable<Category>('category', (id, name) => ({ id, name }));
  private readonly sources = new NameTable<Source>('source', (id) => ({ id, publisher: '', title: '' }));
  private readonly events: Record<string, unknown>[] = [];
  private readonly ids = new Set<string>();
  private readonly actorCounts = new Map<string, number>();
  private readonly period = new Float64Array(4);
  private readonly periods: Period[] = [];
  readonly rejected: RejectedRow[] = [];
  readonly notes: KeyedText[] = [];
  /** Citation of the file itself, shared by every event that has no source of its own. */
  readonly fileCitation: Citation[];
  title: string;
  description: string | undefined;

  constructor(private readonly options: BuilderOptions) {
    this.title = options.title ?? '';
    this.description = options.description;
    this.fileCitation = [{ source: this.sourceId(options.fileSource.publisher, options.fileSource.title) }];
  }

  actorId(name: string): string {
    return this.actors.idOf(name);
  }

  categoryId(name: string): string {
    return this.categories.idOf(name);
  }

  /** The id of a source, one per distinct publisher, title and URL. */
  sourceId(publisher: string, title: string, url?: string): string {
    const key = `${publisher}\u0000${title}\u0000${url ?? ''}`;
    const before = this.sources.items.length;
    const id = this.sources.idOf(key, publisher);
    if (this.sources.items.length > before) {
      const s = this.sources.items[before];
      s.publisher = ownString(publisher);
      s.title = ownString(title);
      if (url !== undefined) s.url = ownString(url);
    }
    return id;
  }

  /** Leaves row `row` out, saying what is wrong (importWords: in English, and by key for the page). */
  reject(row: number, column: string | undefined, value: unknown, wrong: KeyedText): void {
    const r: RejectedRow = { row, ...wrong };
    if (column !== undefined) r.column = column;
    if (value !== undefined) r.value = valueText(value);
    this.rejected.push(r);
  }

  /** A shaded period of the timeline (TimelineJS eras); false and a rejected row when its dates are wrong. */
  addPeriod(row: number, column: string, period: Period): boolean {
    const p = this.period;
    if (parsePartialDateInto(period.start, p, 0) < 0 || parsePartialDateInto(period.end, p, 2) < 0 || p[3] <= p[0]) {
      this.reject(row, column, `${period.start} – ${period.end}`, importWords('periodBackwards'));
      return false;
    }
    this.periods.push(period);
    return true;
  }

  /**
   * Adds an event, or rejects the row (its number as in the file) when it would not
   * validate: no title, a date or end that is not a v1 date, an end before the date,
   * a repeated id. `column` names where the id, date and end came from.
   */
  addEvent(row: number, draft: EventDraft, columns: { id?: string; date?: string; end?: string } = {}): boolean {
    const p = this.period;
    if (parsePartialDateInto(draft.date, p, 0) < 0) {
      this.reject(row, columns.date, draft.date, importWords('notADate'));
      return false;
    }
    if (draft.end !== undefined) {
      const endPrecision = parsePartialDateInto(draft.end, p, 2);
      if (endPrecision < 0) {
        this.reject(row, columns.end, draft.end, importWords('notADate'));
        return false;
      }
      if (p[3] <= p[0] || (endPrecision === 3 && p[2] < p[0])) {
        this.reject(row, columns.end, draft.end, importWords('endsBeforeDate', { date: draft.date }));
        return false;
      }
    }
    if (draft.title === '') {
      this.reject(row, undefined, undefined, importWords('noTitle'));
      return false;
    }
    let id = draft.id;
    if (id !== undefined && id !== '') {
      if (this.ids.has(id)) {
        this.reject(row, columns.id, id, importWords('duplicateId', { id }));
        return false;
      }
    } else {
      id = `row-${row}`;
      for (let n = 2; this.ids.has(id); n++) id = `row-${row}-${n}`;
    }
    this.ids.add(id);
    const actors = draft.actors.length > 0 ? draft.actors : [this.actorId(this.options.noActorName ?? 'No actor')];
    for (const a of actors) this.actorCounts.set(a, (this.actorCounts.get(a) ?? 0) + 1);
    // The event outlives the file's text: its strings are copied out of it (see ownString).
    const event: Record<string, unknown> = {
      id: ownString(id),
      date: ownString(draft.date),
      title: ownString(draft.title),
      actors,
      category: draft.category ?? this.categoryId(this.options.defaultCategory ?? 'Event'),
      sources: draft.sources && draft.sources.length > 0 ? draft.sources : this.fileCitation,
    };
    if (draft.end !== undefined && draft.end !== draft.date) event.end = draft.end;
    if (draft.summary) event.summary = ownString(draft.summary);
    if (draft.place) event.place = { ...draft.place, name: ownString(draft.place.name) };
    if (draft.extra) {
      for (const key in draft.extra) {
        const value = draft.extra[key];
        if (!(key in event)) event[key] = typeof value === 'string' ? ownString(value) : value;
      }
    }
    this.events.push(event);
    return true;
  }

  get eventCount(): number {
    return this.events.length;
  }

  /** The document and report. Actors are listed by event count, most first, so the busiest lanes lead. */
  finish(): ImportResult {
    const counts = this.actorCounts;
    const actors = this.actors.items
      .filter((a) => counts.has(a.id))
      .sort((a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0));
    const doc: Dataset = {
      version: 1,
      // A v1 document has a title: the English word stands in the document, its key beside it (titleWord).
      title: this.title || importsEn[this.options.untitled],
      actors,
      categories: this.categories.items,
      sources: this.sources.items,
      events: this.events as unknown as Dataset['events'],
      series: [],
    };
    if (this.description) doc.description = this.description;
    if (this.periods.length > 0) doc.periods = this.periods;
    const result: ImportResult = { document: doc, rejected: this.rejected, notes: this.notes };
    if (!this.title) result.titleWord = this.options.untitled;
    return result;
  }
}
