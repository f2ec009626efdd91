import { httpUrl } from './httpUrl';
import * as v from 'valibot';
import type { ProblemKey } from '../i18n/problems.en';
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
function objectMessage(issue: v.StrictObjectIssue): ProblemKey {
  if (issue.expected === 'never') return 'unknownKey';
  if (issue.expected?.startsWith('"')) return 'required';
  return 'notObject';
}

/*
 * Each schema's message is a key of the problem catalogue; validate.ts turns an
 * issue into the problem's text with the issue's input as `{value}`.
 */
const text = v.string<ProblemKey>('notString');
const requiredText = v.pipe(v.string<ProblemKey>('notString'), v.nonEmpty<string, ProblemKey>('notEmpty'));
const list = <T extends v.GenericSchema>(item: T) => v.array(item, 'notList' satisfies ProblemKey);
const record = <T extends v.ObjectEntries>(entries: T) => v.strictObject(entries, objectMessage);

/** Checked by validateTranslations.ts, the one checker events share. */
const translations = v.optional(v.unknown());

const notADate: ProblemKey = 'notADate';

/** True for absolute http: and https: URLs; anything else (javascript:, data:, relative) could not be a safe link. */
export const isHttpUrl = (s: string): boolean => httpUrl(s) !== null;

/** CSS hex colour, #rgb or #rrggbb. */
export const HEX_COLOR = /^#(?:[0-9a-fA-F]{3}){1,2}$/;

export const ActorSchema = record({
  id: requiredText,
  name: requiredText,
  kind: v.optional(text),
  color: v.optional(v.pipe(text, v.regex(HEX_COLOR, 'hexColour' satisfies ProblemKey))),
  translations,
});

export const CategorySchema = record({ id: requiredText, name: requiredText, translations });

export const SourceSchema = record({
  id: requiredText,
  publisher: requiredText,
  title: requiredText,
  url: v.optional(v.pipe(text, v.check(isHttpUrl, 'httpUrl' satisfies ProblemKey))),
  published: v.optional(v.pipe(text, v.check((s) => parsePartialDate(s) !== null, notADate))),
  grade: v.optional(v.picklist(['A', 'B', 'C'], 'gradeValue' satisfies ProblemKey)),
});

/** The kind a point written without one is read as (docs/dataset.md, "Series"). */
export const defaultKind = (estimate: Estimate): FigureKind => (estimate === 'authorized' ? 'ceiling' : 'count');

export const SeriesPointSchema = v.pipe(
  record({
    date: v.pipe(text, v.check((s) => parsePartialDate(s) !== null, notADate)),
    value: v.pipe(v.number('notNumber' satisfies ProblemKey), v.finite('notFinite' satisfies ProblemKey)),
    estimate: v.picklist(['exact', 'approximate', 'authorized'], 'estimateValue' satisfies ProblemKey),
    kind: v.optional(v.picklist(FIGURE_KINDS, 'kindValue' satisfies ProblemKey)),
    source: requiredText,
    quote: v.optional(text),
    note: v.optional(text),
    translations,
  }),
  // `translations` is checked by validateTranslations.ts; here it is carried through as written.
  v.transform((p): SeriesPoint => ({ ...p, kind: p.kind ?? defaultKind(p.estimate) }) as SeriesPoint),
);

export const SeriesSchema = record({
  id: requiredText,
  name: requiredText,
  unit: requiredText,
  actor: v.optional(requiredText),
  note: v.optional(text),
  points: list(SeriesPointSchema),
  translations,
});

export const PeriodSchema = v.pipe(
  record({
    title: requiredText,
    start: v.pipe(text, v.check((s) => parsePartialDate(s) !== null, notADate)),
    end: v.pipe(text, v.check((s) => parsePartialDate(s) !== null, notADate)),
    translations,
  }),
  v.forward(
    v.check((p) => (parsePartialDate(p.end)?.end ?? 0) > (parsePartialDate(p.start)?.start ?? 0), 'endsBeforeStart' satisfies ProblemKey),
    ['end'],
  ),
);

/** The document's keys other than events; an unknown top-level key is an error, checked by the caller. */
export const MetaSchemas = {
  version: v.literal(1, 'versionValue' satisfies ProblemKey),
  title: requiredText,
  description: v.optional(text),
  actors: list(ActorSchema),
  categories: list(CategorySchema),
  sources: list(SourceSchema),
  series: v.optional(list(SeriesSchema), []),
  periods: v.optional(list(PeriodSchema)),
} as const;

export const TOP_LEVEL_KEYS = new Set(['version', 'title', 'description', 'actors', 'categories', 'sources', 'story', 'events', 'series', 'periods', 'translations']);

/** "actors[3].color" from a key and a valibot issue path. */
export function issuePath(key: string, issue: v.BaseIssue<unknown>): string {
  let path = key;
  for (const item of issue.path ?? []) {
    const k = (item as { key?: unknown }).key;
    path += typeof k === 'number' ? `[${k}]` : `.${String(k)}`;
  }
  return path;
}

/** The building blocks, for the story's schema (validateStory.ts), which only the story's chunk carries. */
export { list, notADate, record, requiredText, text };
