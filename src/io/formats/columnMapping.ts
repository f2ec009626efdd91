import type { Citation, Place } from '../../model/types';
import { importFailure, importWords } from './importFailure';
import type { ImportsKey } from '../../i18n/imports.en';
import { DocumentBuilder } from './documentBuilder';
import { isHttpUrl } from '../../model/datasetSchema';
import type { ColumnMapping } from './importFormat';
import { DateReader, type DateReading } from './readDate';
import { htmlToText } from './htmlToText';

/*
 * Generic tables (any CSV, JSON array or Parquet file) become events through a
 * ColumnMapping: guessMapping proposes one from the column names and the first
 * rows' content, the user confirms it in the mapping dialog, and MappedRows
 * turns each row into an event with the mapped cells.
 */

/** A cell as text: strings as they are, dates as ISO, everything else as JSON. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString();
  try {
    return JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? String(x) : x)) ?? '';
  } catch {
    return String(v);
  }
}

const NAME_PATTERNS: [keyof ColumnMapping, RegExp][] = [
  ['date', /^(date|start|start_?date|event_?date|begin|from|when|time|timestamp|datetime|day|year)$/i],
  ['end', /^(end|end_?date|finish|until|to|stop|end_?time)$/i],
  ['title', /^(title|headline|name|event|event_?name|content|label|subject|summary_title)$/i],
  ['category', /^(category|type|event_?type|kind|class|tag)$/i],
  ['summary', /^(summary|notes?|description|text|details|body)$/i],
  ['id', /^(id|uid|unique_?id|event_?id|key)$/i],
  ['place', /^(place|location|city|region|territory_?name|country)$/i],
  ['url', /^(url|link|href|source_?url)$/i],
];
const ACTOR_PATTERN = /^(actors?\d?|side_?[ab]|party|parties|group|who|participants?|players?\d?|country|organi[sz]ation)$/i;

function looksLikeDates(values: string[], reader: DateReader): number {
  const filled = values.filter((v) => v.trim() !== '');
  if (filled.length === 0) return 0;
  return filled.filter((v) => 'date' in reader.read(v)).length / filled.length;
}

/**
 * The mapping a person would most likely choose for these columns: names first
 * ("date", "start_date", "headline", "side_a"), then content (the first column
 * whose cells read as dates; the text column with the longest distinct values as
 * the title). Null when no column holds dates.
 */
export function guessMapping(columns: string[], rows: string[][]): ColumnMapping | null {
  const reader = new DateReader();
  const column = (i: number) => rows.map((r) => r[i] ?? '');
  const used = new Set<string>();
  const byName = (key: keyof ColumnMapping, except?: string): string | undefined => {
    const pattern = NAME_PATTERNS.find(([k]) => k === key)![1];
    return columns.find((c) => pattern.test(c.trim()) && !used.has(c) && c !== except);
  };
  let date = byName('date');
  if (date && looksLikeDates(column(columns.indexOf(date)), reader) < 0.5) date = undefined;
  date ??= columns.find((_c, i) => looksLikeDates(column(i), reader) >= 0.8);
  if (!date) return null;
  used.add(date);
  const mapping: ColumnMapping = { date, title: '' };
  const end = byName('end');
  if (end && looksLikeDates(column(columns.indexOf(end)), reader) >= 0.5) {
    mapping.end = end;
    used.add(end);
  }
  for (const key of ['id', 'category', 'url', 'place', 'summary'] as const) {
    const c = byName(key);
    // An id column must tell rows apart, or every repeat would be rejected as a duplicate.
    if (c && key === 'id' && new Set(column(columns.indexOf(c))).size < rows.length) continue;
    if (c) {
      mapping[key] = c;
      used.add(c);
    }
  }
  const actors = columns.filter((c) => ACTOR_PATTERN.test(c.trim()) && !used.has(c));
  if (actors.length > 0) {
    mapping.actors = actors;
    for (const a of actors) used.add(a);
    const cells = actors.flatMap((a) => column(columns.indexOf(a)));
    if (cells.some((v) => v.includes('; '))) mapping.actorSeparator = ';';
    else if (cells.some((v) => v.includes(', '))) mapping.actorSeparator = ',';
  }
  const title = byName('title');
  if (title) mapping.title = title;
  else {
    // The free-text column: most distinct values, then longest, among columns that are not numbers.
    let best = -1;
    for (let i = 0; i < columns.length; i++) {
      if (used.has(columns[i])) continue;
      const values = column(i).filter((v) => v.trim() !== '');
      // A title column is filled in (nearly) every row: an empty title rejects the row.
      if (values.length < rows.length * 0.9) continue;
      // Words, not codes: most cells must hold a letter.
      if (values.length === 0 || values.filter((v) => /\p{L}/u.test(v)).length * 2 < values.length) continue;
      const score = new Set(values).size * (values.reduce((n, v) => n + v.length, 0) / values.length);
      if (score > best) {
        best = score;
        mapping.title = columns[i];
      }
    }
    if (mapping.title === '') mapping.title = mapping.summary ?? mapping.actors?.[0] ?? columns.find((c) => !used.has(c)) ?? date;
  }
  return mapping;
}

/** Positions of a mapping's columns in a row; throws when a mapped column is not in the file. */
interface MappedIndex {
  date: number;
  end: number;
  title: number;
  actors: number[];
  category: number;
  summary: number;
  id: number;
  place: number;
  url: number;
}

/** Turns rows (cells in column order) into events of a builder through a mapping. */
export class MappedRows {
  private readonly at: MappedIndex;
  readonly dates = new DateReader();
  private readonly citations = new Map<string, Citation[]>();

  constructor(
    readonly columns: string[],
    readonly mapping: ColumnMapping,
    readonly builder: DocumentBuilder,
    fileName?: string,
  ) {
    const index = (c: string | undefined, role: ImportsKey): number => {
      if (c === undefined || c === '') return -1;
      const i = columns.indexOf(c);
      if (i < 0) throw importFailure('noMappedColumn', { name: fileName, column: c, columns: columns.slice(0, 30).join(', ') }, { role });
      return i;
    };
    if (!mapping.date) throw importFailure('noDateColumn', {});
    if (!mapping.title) throw importFailure('noTitleColumn', {});
    this.at = {
      date: index(mapping.date, 'roleDate'),
      end: index(mapping.end, 'roleEnd'),
      title: index(mapping.title, 'roleTitle'),
      actors: (mapping.actors ?? []).map((a) => index(a, 'roleActors')),
      category: index(mapping.category, 'roleCategory'),
      summary: index(mapping.summary, 'roleSummary'),
      id: index(mapping.id, 'roleId'),
      place: index(mapping.place, 'rolePlace'),
      url: index(mapping.url, 'roleLink'),
    };
  }

  private readDate(v: unknown): DateReading {
    if (typeof v === 'number') return this.dates.readNumber(v);
    if (typeof v === 'bigint') return this.dates.readNumber(Number(v));
    if (v instanceof Date) {
      if (Number.isNaN(v.getTime())) return { error: importWords('notADate') };
      const iso = v.toISOString();
      return this.dates.read(iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : `${iso.slice(0, 19)}Z`);
    }
    return this.dates.read(cellText(v));
  }

  /** Adds row `row` (its number as in the file) to the builder, or rejects it naming the column. */
  add(cells: ArrayLike<unknown>, row: number): void {
    const { at, mapping, builder: b } = this;
    const d = this.readDate(cells[at.date]);
    if ('error' in d) {
      b.reject(row, mapping.date, cellText(cells[at.date]), d.error);
      return;
    }
    let end: string | undefined;
    if (at.end >= 0) {
      const raw = cells[at.end];
      if (cellText(raw).trim() !== '') {
        const e = this.readDate(raw);
        if ('error' in e) {
          b.reject(row, mapping.end, cellText(raw), e.error);
          return;
        }
        end = e.date;
      }
    }
    const title = htmlToText(cellText(cells[at.title]));
    if (title === '') {
      b.reject(row, mapping.title, '', importWords('titleEmpty'));
      return;
    }
    const actors: string[] = [];
    const sep = mapping.actorSeparator;
    for (const i of at.actors) {
      const v = cellText(cells[i]);
      for (const part of sep ? v.split(sep) : [v]) {
        const n = part.trim();
        if (n === '') continue;
        const id = b.actorId(n);
        if (!actors.includes(id)) actors.push(id);
      }
    }
    const category = at.category >= 0 ? cellText(cells[at.category]).trim() : '';
    const summary = at.summary >= 0 ? htmlToText(cellText(cells[at.summary])) : '';
    const placeName = at.place >= 0 ? cellText(cells[at.place]).trim() : '';
    const place: Place | undefined = placeName ? { name: placeName } : undefined;
    let sources: Citation[] | undefined;
    const url = at.url >= 0 ? cellText(cells[at.url]).trim() : '';
    if (url !== '') {
      if (!isHttpUrl(url)) {
        b.reject(row, mapping.url, url, importWords('linksHttp'));
        return;
      }
      sources = this.citations.get(url);
      if (!sources) {
        sources = [{ source: b.sourceId(new URL(url).hostname, title, url) }];
        if (this.citations.size < 50_000) this.citations.set(url, sources);
      }
    }
    b.addEvent(
      row,
      {
        id: at.id >= 0 ? cellText(cells[at.id]).trim() : undefined,
        date: d.date,
        end,
        title,
        summary: summary && summary !== title ? summary : undefined,
        actors,
        category: category ? b.categoryId(category) : undefined,
        place,
        sources,
      },
      { id: mapping.id, date: mapping.date, end: mapping.end },
    );
  }

  finishNotes(): void {
    this.builder.notes.push(...this.dates.notes(this.mapping.date));
  }
}
