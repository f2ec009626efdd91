import { IdTable } from './idTable';
import { parsePartialDateInto } from './partialDate';
import type { ProblemList } from './problemList';
import type { Citation, Place, TimelineEvent } from './types';
import { checkTranslations, EVENT_FIELDS, isObject } from './validateTranslations';

/*
 * Events are checked by this hand-written loop rather than a valibot schema:
 * the app loads up to a million events, and a schema run per event (a fresh
 * output object, issue arrays and pipe calls for every field) took 1.9-3.4 s
 * for 10^6 events, two to three times this whole validator with references.
 * Messages are the schemas' keys ("required", "notString"; src/i18n/problems.en.ts).
 */

/** Keys an event may have; any other key is kept in `extra`. */
const EVENT_KEYS = new Set(['id', 'date', 'end', 'title', 'summary', 'actors', 'category', 'place', 'importance', 'sources', 'translations']);
const PLACE_KEYS = new Set(['name', 'lat', 'lon']);
const CITATION_KEYS = new Set(['source', 'quote']);

/** Ids the events may refer to. */
export interface EventReferences {
  actors: ReadonlySet<string>;
  categories: ReadonlySet<string>;
  sources: ReadonlySet<string>;
  /** Languages the document's `translations` declares; an event may be translated only into these. */
  languages: ReadonlySet<string>;
}

type Json = Record<string, unknown>;


/** Path of event i's field; built only when there is a problem to report, since most events have none. */
const at = (i: number, field: string) => `events[${i}].${field}`;

function checkText(p: ProblemList, i: number, field: string, value: unknown): boolean {
  if (typeof value === 'string') {
    if (value.length === 0) {
      p.add(at(i, field), 'notEmpty');
      return false;
    }
    return true;
  }
  p.add(at(i, field), value === undefined ? 'required' : 'notString');
  return false;
}

function checkPlace(p: ProblemList, i: number, place: unknown): void {
  const path = at(i, 'place');
  if (!isObject(place)) {
    p.add(path, 'notObject');
    return;
  }
  const { name, lat, lon } = place as Partial<Place>;
  if (typeof name !== 'string' || name === '') {
    p.add(`${path}.name`, name === undefined ? 'required' : name === '' ? 'notEmpty' : 'notString');
  }
  if (lat !== undefined && !(typeof lat === 'number' && lat >= -90 && lat <= 90)) {
    p.add(`${path}.lat`, 'latitudeRange');
  }
  if (lon !== undefined && !(typeof lon === 'number' && lon >= -180 && lon <= 180)) {
    p.add(`${path}.lon`, 'longitudeRange');
  }
  for (const key in place) if (!PLACE_KEYS.has(key)) p.add(`${path}.${key}`, 'unknownKey');
}

const citationAt = (i: number, j: number) => `events[${i}].sources[${j}]`;

function checkCitations(p: ProblemList, i: number, sources: unknown, refs: EventReferences): void {
  if (!Array.isArray(sources)) {
    p.add(at(i, 'sources'), sources === undefined ? 'noSource' : 'notList');
    return;
  }
  if (sources.length === 0) p.add(at(i, 'sources'), 'noSource');
  for (let j = 0; j < sources.length; j++) {
    const c = sources[j] as unknown;
    if (!isObject(c)) {
      p.add(citationAt(i, j), 'notObject');
      continue;
    }
    const { source, quote } = c as Partial<Citation>;
    if (typeof source !== 'string' || source === '') {
      p.add(`${citationAt(i, j)}.source`, source === undefined ? 'required' : source === '' ? 'notEmpty' : 'notString');
    } else if (!refs.sources.has(source)) {
      p.add(`${citationAt(i, j)}.source`, 'unknownSource', { id: source });
    }
    if (quote !== undefined && typeof quote !== 'string') p.add(`${citationAt(i, j)}.quote`, 'notString');
    for (const key in c) if (!CITATION_KEYS.has(key)) p.add(`${citationAt(i, j)}.${key}`, 'unknownKey');
  }
}

function checkActors(p: ProblemList, i: number, actors: unknown, refs: EventReferences): void {
  if (!Array.isArray(actors)) {
    p.add(at(i, 'actors'), actors === undefined ? 'required' : 'notList');
    return;
  }
  if (actors.length === 0) p.add(at(i, 'actors'), 'noActor');
  for (let j = 0; j < actors.length; j++) {
    const a = actors[j] as unknown;
    if (typeof a !== 'string') p.add(`${at(i, 'actors')}[${j}]`, 'notString');
    else if (!refs.actors.has(a)) p.add(`${at(i, 'actors')}[${j}]`, 'unknownActor', { id: a });
    else if (actors.indexOf(a) < j) p.add(`${at(i, 'actors')}[${j}]`, 'duplicateActor', { id: a });
  }
}

/**
 * Every event's dates as validation parsed them, in document order, so building
 * columns need not parse a million dates again. Only meaningful when no problems.
 */
export interface ParsedEventDates {
  /** Event i's start at span[2i], exclusive end at span[2i+1] (the end of `end`'s period for a range). */
  span: Float64Array;
  /** Precision code of event i's `date` (see PRECISION_CODES). */
  precision: Uint8Array;
}

/** Events between progress reports: often enough for a smooth bar, rare enough to cost nothing. */
const PROGRESS_EVERY = 50_000;

/**
 * Checks every event, adding problems to `p`; returns the events as the app will
 * use them (an event's unknown keys moved into `extra`). Only meaningful when `p`
 * stays empty.
 */
export function validateEvents(
  raw: unknown,
  refs: EventReferences,
  p: ProblemList,
  onProgress?: (checked: number, total: number) => void,
  dates?: { parsed?: ParsedEventDates },
): TimelineEvent[] {
  if (!Array.isArray(raw)) {
    p.add('events', raw === undefined ? 'required' : 'notList');
    return [];
  }
  const n = raw.length;
  const span = new Float64Array(2 * n);
  const precisions = new Uint8Array(n);
  if (dates) dates.parsed = { span, precision: precisions };
  const out: TimelineEvent[] = new Array(n);
  const ids = new IdTable(n, (j) => (raw[j] as { id: string }).id);
  const period = new Float64Array(4);
  for (let i = 0; i < n; i++) {
    if (onProgress !== undefined && i % PROGRESS_EVERY === 0) onProgress(i, n);
    const e = raw[i] as unknown;
    if (!isObject(e)) {
      p.add(`events[${i}]`, 'notObject');
      continue;
    }
    const { id, date, end, title, summary, actors, category, place, importance, sources, translations } = e;

    if (checkText(p, i, 'id', id) && ids.add(i, id as string) !== -1) p.add(at(i, 'id'), 'duplicateId', { id: id as string });
    let dateOk = false;
    const precision = typeof date === 'string' ? parsePartialDateInto(date, period, 0) : -1;
    if (typeof date !== 'string') p.add(at(i, 'date'), date === undefined ? 'required' : 'notADateString');
    else if (precision < 0) p.add(at(i, 'date'), 'notADate', { value: date });
    else dateOk = true;
    precisions[i] = precision;
    span[2 * i] = period[0];
    span[2 * i + 1] = period[1];
    if (end !== undefined) {
      if (typeof end !== 'string') p.add(at(i, 'end'), 'notADateString');
      else {
        const endPrecision = parsePartialDateInto(end, period, 2);
        if (endPrecision < 0) p.add(at(i, 'end'), 'notADate', { value: end });
        // Periods, not instants: "2014-06" ends after "2014-06-10"; two times compare exactly.
        else if (dateOk && (period[3] <= period[0] || (endPrecision === 3 && period[2] < period[0]))) {
          p.add(at(i, 'end'), 'endsBeforeDate');
        } else span[2 * i + 1] = period[3];
      }
    }
    checkText(p, i, 'title', title);
    if (summary !== undefined && typeof summary !== 'string') p.add(at(i, 'summary'), 'notString');
    checkActors(p, i, actors, refs);
    if (checkText(p, i, 'category', category) && !refs.categories.has(category as string)) {
      p.add(at(i, 'category'), 'unknownCategory', { id: category as string });
    }
    if (place !== undefined) checkPlace(p, i, place);
    if (importance !== undefined && importance !== 1 && importance !== 2 && importance !== 3) {
      p.add(at(i, 'importance'), 'importanceValue');
    }
    checkCitations(p, i, sources, refs);
    if (translations !== undefined) checkTranslations(p, at(i, 'translations'), translations, EVENT_FIELDS, refs.languages);

    let extra: Json | undefined;
    for (const key in e) {
      // No prototype, so a key named "__proto__" is kept as data rather than setting one.
      if (!EVENT_KEYS.has(key)) (extra ??= Object.create(null) as Json)[key] = e[key];
    }
    // A clean event is already a TimelineEvent: reuse it rather than copy a million objects.
    out[i] = (extra ? { ...withoutKeys(e, extra), extra } : e) as unknown as TimelineEvent;
  }
  return out;
}

function withoutKeys(e: Json, extra: Json): Json {
  const copy: Json = {};
  for (const key in e) if (!(key in extra)) copy[key] = e[key];
  return copy;
}
