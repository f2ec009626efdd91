import { httpUrl } from './httpUrl';
import * as v from 'valibot';
import { parsePartialDate } from './partialDate';
import { FIGURE_KINDS } from './figureKinds';
import type { Estimate, FigureKind, SeriesPoint } from './types';

/*
 * Valibot, not zod: each valibot function is a separate export that a bundler
 * drops when unused. The functions used here come to 6.1 KB minified, 1.9 KB
 * gzipped (measured with rolldown --minify); zod's method-chaining schema
 * objects bring in the whole library. These schemas check the document's small
 * lists (actors, categories, sources, series); events, which may number a
 * million, are checked by the loop in validateEvents.ts with the same messages.
 */

/** Message of a strict object: its own type error, a missing key, or an unknown key. */
function objectMessage(issue: v.StrictObjectIssue): string {
  if (issue.expected === 'never') return 'unknown key';
  if (issue.expected?.startsWith('"')) return 'is required';
  return 'must be an object';
}

const text = v.string('must be a string');
const requiredText = v.pipe(v.string('must be a string'), v.nonEmpty('must not be empty'));
const list = <T extends v.GenericSchema>(item: T) => v.array(item, 'must be a list');
const record = <T extends v.ObjectEntries>(entries: T) => v.strictObject(entries, objectMessage);

const notADate = (issue: v.CheckIssue<string>) => `"${issue.input}" is not a date`;

/** True for absolute http: and https: URLs; anything else (javascript:, data:, relative) could not be a safe link. */
export const isHttpUrl = (s: string): boolean => httpUrl(s) !== null;

/** CSS hex colour, #rgb or #rrggbb. */
export const HEX_COLOR = /^#(?:[0-9a-fA-F]{3}){1,2}$/;

export const ActorSchema = record({
  id: requiredText,
  name: requiredText,
  kind: v.optional(text),
  color: v.optional(v.pipe(text, v.regex(HEX_COLOR, 'must be a CSS hex colour such as "#1f77b4"'))),
});

export const CategorySchema = record({ id: requiredText, name: requiredText });

export const SourceSchema = record({
  id: requiredText,
  publisher: requiredText,
  title: requiredText,
  url: v.optional(v.pipe(text, v.check(isHttpUrl, 'must be an http(s) URL'))),
  published: v.optional(v.pipe(text, v.check((s) => parsePartialDate(s) !== null, notADate))),
  grade: v.optional(v.picklist(['A', 'B', 'C'], 'must be "A", "B" or "C"')),
});

/** The kind a point written without one is read as (docs/dataset.md, "Series"). */
export const defaultKind = (estimate: Estimate): FigureKind => (estimate === 'authorized' ? 'ceiling' : 'count');

export const SeriesPointSchema = v.pipe(
  record({
    date: v.pipe(text, v.check((s) => parsePartialDate(s) !== null, notADate)),
    value: v.pipe(v.number('must be a number'), v.finite('must be a finite number')),
    estimate: v.picklist(['exact', 'approximate', 'authorized'], 'must be "exact", "approximate" or "authorized"'),
    kind: v.optional(v.picklist(FIGURE_KINDS, 'must be "count", "official", "ceiling" or "planned"')),
    source: requiredText,
    quote: v.optional(text),
    note: v.optional(text),
  }),
  v.transform((p): SeriesPoint => ({ ...p, kind: p.kind ?? defaultKind(p.estimate) })),
);

export const SeriesSchema = record({
  id: requiredText,
  name: requiredText,
  unit: requiredText,
  actor: v.optional(requiredText),
  note: v.optional(text),
  points: list(SeriesPointSchema),
});

export const PeriodSchema = v.pipe(
  record({
    title: requiredText,
    start: v.pipe(text, v.check((s) => parsePartialDate(s) !== null, notADate)),
    end: v.pipe(text, v.check((s) => parsePartialDate(s) !== null, notADate)),
  }),
  v.forward(
    v.check((p) => (parsePartialDate(p.end)?.end ?? 0) > (parsePartialDate(p.start)?.start ?? 0), 'ends before its start'),
    ['end'],
  ),
);

/** The document's keys other than events; an unknown top-level key is an error, checked by the caller. */
export const MetaSchemas = {
  version: v.literal(1, 'must be 1'),
  title: requiredText,
  description: v.optional(text),
  actors: list(ActorSchema),
  categories: list(CategorySchema),
  sources: list(SourceSchema),
  series: v.optional(list(SeriesSchema), []),
  periods: v.optional(list(PeriodSchema)),
} as const;

export const TOP_LEVEL_KEYS = new Set(['version', 'title', 'description', 'actors', 'categories', 'sources', 'events', 'series', 'periods']);

/** "actors[3].color" from a key and a valibot issue path. */
export function issuePath(key: string, issue: v.BaseIssue<unknown>): string {
  let path = key;
  for (const item of issue.path ?? []) {
    const k = (item as { key?: unknown }).key;
    path += typeof k === 'number' ? `[${k}]` : `.${String(k)}`;
  }
  return path;
}
