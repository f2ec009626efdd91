import * as v from 'valibot';
import { issuePath, MetaSchemas, TOP_LEVEL_KEYS } from './datasetSchema';
import { parsePartialDate } from './partialDate';
import type { ProblemKey } from '../i18n/problems.en';
import { problem, ProblemList } from './problemList';
import type { Actor, Category, Dataset, DocumentTranslation, Period, Problem, Series, Source } from './types';
import { validateEvents, type ParsedEventDates } from './validateEvents';
import { checkDocumentTranslations, checkListTranslations, isObject } from './validateTranslations';

/** What validateDataset returns: the dataset, or every problem with its path. */
export type ValidationResult =
  | {
      ok: true;
      dataset: Dataset;
      /** The events' dates as parsed while checking them: pass to buildColumns to skip parsing them again. */
      dates?: ParsedEventDates;
    }
  | { ok: false; problems: Problem[] };

/** Options for validateDataset. */
export interface ValidateOptions {
  /** Report at most this many problems, then "…and N more problems". Default 200. */
  maxProblems?: number;
  /** Called every 50,000 events with how many were checked (the parse worker's progress bar). */
  onProgress?: (checked: number, total: number) => void;
}

const REQUIRED_KEYS = new Set(['version', 'title', 'actors', 'categories', 'sources']);

/** Runs one top-level schema, adding its issues as problems under `key`. */
function checkKey<S extends v.GenericSchema>(schema: S, key: string, value: unknown, p: ProblemList) {
  if (value === undefined && REQUIRED_KEYS.has(key)) {
    p.add(key, 'required');
    return undefined;
  }
  const result = v.safeParse(schema, value);
  if (!result.success) for (const issue of result.issues) p.add(issuePath(key, issue), issue.message as ProblemKey, { value: String(issue.input) });
  return result.success ? (result.output as v.InferOutput<S>) : undefined;
}

/** Ids of a raw list's items that have a string id, with a problem for each repeat. */
function collectIds(key: string, list: unknown, p: ProblemList): Set<string> {
  const ids = new Set<string>();
  if (!Array.isArray(list)) return ids;
  list.forEach((item: unknown, i) => {
    const id = isObject(item) ? item.id : undefined;
    if (typeof id !== 'string' || id === '') return;
    if (ids.has(id)) p.add(`${key}[${i}].id`, 'duplicateId', { id });
    else ids.add(id);
  });
  return ids;
}

function checkSeriesReferences(series: unknown, actors: Set<string>, sources: Set<string>, p: ProblemList): void {
  if (!Array.isArray(series)) return;
  series.forEach((s: unknown, i) => {
    if (!isObject(s)) return;
    if (typeof s.actor === 'string' && s.actor !== '' && !actors.has(s.actor)) {
      p.add(`series[${i}].actor`, 'unknownActor', { id: s.actor });
    }
    if (!Array.isArray(s.points)) return;
    let previous = -Infinity;
    const kindsAtPrevious = new Set<unknown>();
    s.points.forEach((point: unknown, j) => {
      if (!isObject(point)) return;
      const path = `series[${i}].points[${j}]`;
      if (typeof point.source === 'string' && point.source !== '' && !sources.has(point.source)) {
        p.add(`${path}.source`, 'unknownSource', { id: point.source });
      }
      const estimate = point.estimate;
      const kind = typeof point.kind === 'string' ? point.kind : estimate === 'authorized' ? 'ceiling' : 'count';
      if (estimate === 'authorized' && kind !== 'ceiling') {
        p.add(`${path}.kind`, 'authorizedIsCeiling');
      }
      const date = typeof point.date === 'string' ? parsePartialDate(point.date) : null;
      if (!date) return;
      if (date.start < previous) p.add(`${path}.date`, 'pointOutOfOrder');
      // Kinds are drawn apart (a ceiling beside the level it caps), so one date may hold
      // one figure of each kind, but never two of the same kind.
      else if (date.start === previous && kindsAtPrevious.has(kind)) p.add(`${path}.date`, 'pointSameDateKind', { kind });
      if (date.start !== previous) kindsAtPrevious.clear();
      kindsAtPrevious.add(kind);
      previous = Math.max(previous, date.start);
    });
  });
}

/**
 * Checks a parsed JSON document against dataset format v1 (docs/dataset.md) and
 * returns the dataset, or every problem found, each naming its path:
 * `events[3].date: "2014-13-01" is not a date`. Never throws.
 *
 * Unknown keys on an event are kept in its `extra`; unknown keys anywhere else
 * are errors, so a typo cannot silently drop data.
 */
export function validateDataset(doc: unknown, options: ValidateOptions = {}): ValidationResult {
  const p = new ProblemList(options.maxProblems ?? 200);
  if (!isObject(doc)) {
    return { ok: false, problems: [problem('(document)', 'notADocument')] };
  }
  for (const key in doc) if (!TOP_LEVEL_KEYS.has(key)) p.add(key, 'unknownTopLevelKey');

  const version = checkKey(MetaSchemas.version, 'version', doc.version, p);
  const title = checkKey(MetaSchemas.title, 'title', doc.title, p);
  const description = checkKey(MetaSchemas.description, 'description', doc.description, p);
  const actors = checkKey(MetaSchemas.actors, 'actors', doc.actors, p);
  const categories = checkKey(MetaSchemas.categories, 'categories', doc.categories, p);
  const sources = checkKey(MetaSchemas.sources, 'sources', doc.sources, p);
  const series = checkKey(MetaSchemas.series, 'series', doc.series, p);
  const periods = checkKey(MetaSchemas.periods, 'periods', doc.periods, p);

  // References are checked against every id that is present, even in a list with
  // other problems, so one bad actor does not make every event report it.
  const actorIds = collectIds('actors', doc.actors, p);
  const categoryIds = collectIds('categories', doc.categories, p);
  const sourceIds = collectIds('sources', doc.sources, p);
  collectIds('series', doc.series, p);
  // Columns store actor and category indices as 16-bit numbers.
  if (actorIds.size > 65_535) p.add('actors', 'tooManyActors');
  if (categoryIds.size > 65_535) p.add('categories', 'tooManyCategories');
  checkSeriesReferences(doc.series, actorIds, sourceIds, p);

  const languages = checkDocumentTranslations(p, doc.translations);
  checkListTranslations(p, doc, languages);

  const dates: { parsed?: ParsedEventDates } = {};
  const refs = { actors: actorIds, categories: categoryIds, sources: sourceIds, languages };
  const events = validateEvents(doc.events, refs, p, options.onProgress, dates);

  if (p.count > 0) return { ok: false, problems: p.toArray() };
  const dataset: Dataset = {
    version: version as 1,
    title: title as string,
    actors: actors as Actor[],
    categories: categories as Category[],
    sources: sources as Source[],
    events,
    series: series as Series[],
  };
  if (description !== undefined) dataset.description = description;
  if (periods !== undefined && periods.length > 0) dataset.periods = periods as Period[];
  // Kept as written (undefined when absent): it is checked when it opens (validateStory.ts), so a broken story never costs the events.
  dataset.story = doc.story;
  if (languages.size > 0) dataset.translations = doc.translations as Record<string, DocumentTranslation>;
  return dates.parsed ? { ok: true, dataset, dates: dates.parsed } : { ok: true, dataset };
}
