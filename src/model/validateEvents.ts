import { parsePartialDateInto } from './partialDate';
import type { ProblemList } from './problemList';
import type { Citation, Place, TimelineEvent } from './types';

/*
 * Events are checked by this hand-written loop rather than a valibot schema:
 * the app loads up to a million events, and a schema run per event (a fresh
 * output object, issue arrays and pipe calls for every field) costs several
 * times more than these direct type checks. Messages match the schema's
 * ("is required", "must be a string", "unknown actor \"isil\"").
 */

/** Keys an event may have; any other key is kept in `extra`. */
const EVENT_KEYS = new Set(['id', 'date', 'end', 'title', 'summary', 'actors', 'category', 'place', 'importance', 'sources']);
const PLACE_KEYS = new Set(['name', 'lat', 'lon']);
const CITATION_KEYS = new Set(['source', 'quote']);

/** Ids the events may refer to. */
export interface EventReferences {
  actors: ReadonlySet<string>;
  categories: ReadonlySet<string>;
  sources: ReadonlySet<string>;
}

type Json = Record<string, unknown>;

const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);

function checkText(p: ProblemList, path: string, value: unknown, required: boolean): boolean {
  if (typeof value === 'string') {
    if (required && value.length === 0) {
      p.add(path, 'must not be empty');
      return false;
    }
    return true;
  }
  p.add(path, value === undefined ? 'is required' : 'must be a string');
  return false;
}

function checkPlace(p: ProblemList, path: string, place: unknown): void {
  if (!isObject(place)) {
    p.add(path, 'must be an object');
    return;
  }
  const { name, lat, lon } = place as Partial<Place>;
  checkText(p, `${path}.name`, name, true);
  if (lat !== undefined && !(typeof lat === 'number' && lat >= -90 && lat <= 90)) {
    p.add(`${path}.lat`, 'must be a number from -90 to 90');
  }
  if (lon !== undefined && !(typeof lon === 'number' && lon >= -180 && lon <= 180)) {
    p.add(`${path}.lon`, 'must be a number from -180 to 180');
  }
  for (const key in place) if (!PLACE_KEYS.has(key)) p.add(`${path}.${key}`, 'unknown key');
}

function checkCitations(p: ProblemList, path: string, sources: unknown, refs: EventReferences): void {
  if (!Array.isArray(sources)) {
    p.add(path, sources === undefined ? 'must cite at least one source' : 'must be a list');
    return;
  }
  if (sources.length === 0) p.add(path, 'must cite at least one source');
  for (let j = 0; j < sources.length; j++) {
    const c = sources[j] as unknown;
    const cpath = `${path}[${j}]`;
    if (!isObject(c)) {
      p.add(cpath, 'must be an object');
      continue;
    }
    const { source, quote } = c as Partial<Citation>;
    if (checkText(p, `${cpath}.source`, source, true) && !refs.sources.has(source as string)) {
      p.add(`${cpath}.source`, `unknown source "${source}"`);
    }
    if (quote !== undefined && typeof quote !== 'string') p.add(`${cpath}.quote`, 'must be a string');
    for (const key in c) if (!CITATION_KEYS.has(key)) p.add(`${cpath}.${key}`, 'unknown key');
  }
}

function checkActors(p: ProblemList, path: string, actors: unknown, refs: EventReferences): void {
  if (!Array.isArray(actors)) {
    p.add(path, actors === undefined ? 'is required' : 'must be a list');
    return;
  }
  if (actors.length === 0) p.add(path, 'must name at least one actor');
  for (let j = 0; j < actors.length; j++) {
    const a = actors[j] as unknown;
    if (typeof a !== 'string') p.add(`${path}[${j}]`, 'must be a string');
    else if (!refs.actors.has(a)) p.add(`${path}[${j}]`, `unknown actor "${a}"`);
    else if (actors.indexOf(a) < j) p.add(`${path}[${j}]`, `duplicate actor "${a}"`);
  }
}

/**
 * Checks every event, adding problems to `p`; returns the events as the app will
 * use them (an event's unknown keys moved into `extra`). Only meaningful when `p`
 * stays empty.
 */
export function validateEvents(raw: unknown, refs: EventReferences, p: ProblemList): TimelineEvent[] {
  if (!Array.isArray(raw)) {
    p.add('events', raw === undefined ? 'is required' : 'must be a list');
    return [];
  }
  const n = raw.length;
  const out: TimelineEvent[] = new Array(n);
  const ids = new Map<string, number>();
  const period = new Float64Array(4);
  for (let i = 0; i < n; i++) {
    const e = raw[i] as unknown;
    const path = `events[${i}]`;
    if (!isObject(e)) {
      p.add(path, 'must be an object');
      continue;
    }
    const { id, date, end, title, summary, actors, category, place, importance, sources } = e;

    if (checkText(p, `${path}.id`, id, true)) {
      if (ids.has(id as string)) p.add(`${path}.id`, `duplicate id "${id}"`);
      else ids.set(id as string, i);
    }
    let dateOk = false;
    if (typeof date !== 'string') p.add(`${path}.date`, date === undefined ? 'is required' : 'must be a date string');
    else if (parsePartialDateInto(date, period, 0) < 0) p.add(`${path}.date`, `"${date}" is not a date`);
    else dateOk = true;
    if (end !== undefined) {
      if (typeof end !== 'string') p.add(`${path}.end`, 'must be a date string');
      else {
        const endPrecision = parsePartialDateInto(end, period, 2);
        if (endPrecision < 0) p.add(`${path}.end`, `"${end}" is not a date`);
        // Periods, not instants: "2014-06" ends after "2014-06-10"; two times compare exactly.
        else if (dateOk && (period[3] <= period[0] || (endPrecision === 3 && period[2] < period[0]))) {
          p.add(`${path}.end`, 'ends before its date');
        }
      }
    }
    checkText(p, `${path}.title`, title, true);
    if (summary !== undefined && typeof summary !== 'string') p.add(`${path}.summary`, 'must be a string');
    checkActors(p, `${path}.actors`, actors, refs);
    if (checkText(p, `${path}.category`, category, true) && !refs.categories.has(category as string)) {
      p.add(`${path}.category`, `unknown category "${category}"`);
    }
    if (place !== undefined) checkPlace(p, `${path}.place`, place);
    if (importance !== undefined && importance !== 1 && importance !== 2 && importance !== 3) {
      p.add(`${path}.importance`, 'must be 1, 2 or 3');
    }
    checkCitations(p, `${path}.sources`, sources, refs);

    let extra: Json | undefined;
    for (const key in e) {
      if (!EVENT_KEYS.has(key)) (extra ??= {})[key] = e[key];
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
