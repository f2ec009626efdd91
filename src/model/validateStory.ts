import * as v from 'valibot';
import { issuePath, list, notADate, record, requiredText, text } from './datasetSchema';
import { parsePartialDate } from './partialDate';
import { ProblemList } from './problemList';
import type { Problem, StoryStep } from './types';
import type { ProblemKey } from '../i18n/problems.en';
import { checkTranslations } from './validateTranslations';

const dateText = v.pipe(text, v.check((s) => parsePartialDate(s) !== null, notADate));
/** Longest narration: a step is read at a glance, on a phone too. */
export const MAX_NARRATION = 600;
/** Longest step title. */
export const MAX_STEP_TITLE = 120;
const atMost = (max: number) => v.maxLength<string, number, ProblemKey>(max, 'storyTooLong');

/** A story step's shape; what it refers to is checked by checkStoryReferences below. */
export const StoryStepSchema = record({
  event: v.optional(requiredText),
  from: v.optional(dateText),
  to: v.optional(dateText),
  title: v.optional(v.pipe(requiredText, atMost(MAX_STEP_TITLE))),
  narration: v.pipe(requiredText, atMost(MAX_NARRATION)),
  sources: v.optional(list(record({ source: requiredText, quote: v.optional(requiredText) }))),
  view: v.optional(
    record({ from: v.optional(dateText), to: v.optional(dateText), actors: v.optional(list(requiredText)), categories: v.optional(list(requiredText)) }),
  ),
  // Checked by checkStepTranslations, with the languages the document declares.
  translations: v.optional(v.unknown()),
});


const StorySchema = v.pipe(list(StoryStepSchema), v.minLength(1, 'storyNoSteps' satisfies ProblemKey));

/** Ids a story may refer to. `events` answers whether an event id is in the document. */
export interface StoryReferences {
  events: (id: string) => boolean;
  actors: ReadonlySet<string>;
  categories: ReadonlySet<string>;
  sources: ReadonlySet<string>;
  /** The languages the document's top-level `translations` declares: a step may be translated into these only. */
  languages: ReadonlySet<string>;
}

type Json = Record<string, unknown>;
const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);

/** `to` before `from` on a step or its view (the dates' own form is the schema's). */
function checkOrder(raw: Json, path: string, p: ProblemList): void {
  const from = typeof raw.from === 'string' ? parsePartialDate(raw.from) : null;
  const to = typeof raw.to === 'string' ? parsePartialDate(raw.to) : null;
  if (from && to && to.end <= from.start) p.add(`${path}.to`, 'storyToBeforeFrom', { value: String(raw.from) });
}

/** Each string of a list that is not a known id. */
function checkIds(list: unknown, path: string, known: ReadonlySet<string>, kind: 'unknownActor' | 'unknownCategory', p: ProblemList): void {
  if (!Array.isArray(list)) return;
  list.forEach((id: unknown, i) => {
    if (typeof id === 'string' && id !== '' && !known.has(id)) p.add(`${path}[${i}]`, kind, { id });
  });
}

/** The texts a step may translate, and the longest each may be (the same as the original's). */
const STEP_TEXTS: Record<string, number> = { title: MAX_STEP_TITLE, narration: MAX_NARRATION };

/**
 * A step's `translations` (`story[3].translations.ar.narration`): declared languages,
 * only its title and narration, each as short as the original must be, and a title
 * only where the step has one of its own (an event step without one shows its event's
 * title, translated with the event).
 */
function checkStepTranslations(step: Json, path: string, languages: ReadonlySet<string>, p: ProblemList): void {
  checkTranslations(p, `${path}.translations`, step.translations, Object.keys(STEP_TEXTS), languages, (tag, entry) => {
    for (const [key, max] of Object.entries(STEP_TEXTS)) {
      const text = entry[key];
      if (typeof text === 'string' && text.length > max) p.add(`${path}.translations.${tag}.${key}`, 'storyTooLong', { max, count: String(text.length) });
    }
    if (entry.title !== undefined && step.title === undefined) p.add(`${path}.translations.${tag}.title`, 'storyTitleUntranslatable');
  });
}

/**
 * What the story's schema (datasetSchema.ts) cannot see: that a step is about one
 * event or one date range, that the event, actors, categories and sources it names are
 * in the document (`story[2].event: unknown event "x"`), that a range does not end
 * before it starts, that its translations are into declared languages, and that a date-range step, which has no event's sources to lean
 * on, has a title and cites at least one source.
 */
function checkStoryReferences(story: unknown, refs: StoryReferences, p: ProblemList): void {
  if (!Array.isArray(story)) return;
  story.forEach((step: unknown, i) => {
    if (!isObject(step)) return;
    const path = `story[${i}]`;
    const { event } = step;
    if (typeof event === 'string') {
      if (event !== '' && !refs.events(event)) p.add(`${path}.event`, 'storyUnknownEvent', { id: event });
      if (step.from !== undefined || step.to !== undefined) p.add(path, 'storyBoth');
    } else if (event === undefined) {
      if (step.from === undefined) p.add(path, 'storyNoAnchor');
      else {
        if (step.title === undefined) p.add(`${path}.title`, 'storyRangeTitle');
        if (!Array.isArray(step.sources) || step.sources.length === 0)
          p.add(`${path}.sources`, 'storyRangeSources');
      }
    }
    checkOrder(step, path, p);
    if (step.translations !== undefined) checkStepTranslations(step, path, refs.languages, p);
    if (Array.isArray(step.sources))
      step.sources.forEach((c: unknown, j) => {
        if (isObject(c) && typeof c.source === 'string' && c.source !== '' && !refs.sources.has(c.source))
          p.add(`${path}.sources[${j}].source`, 'unknownSource', { id: c.source });
      });
    const view = step.view;
    if (isObject(view)) {
      checkOrder(view, `${path}.view`, p);
      checkIds(view.actors, `${path}.view.actors`, refs.actors, 'unknownActor', p);
      checkIds(view.categories, `${path}.view.categories`, refs.categories, 'unknownCategory', p);
    }
  });
}

/** What validateStory returns: the steps, or every problem with its path. */
export type StoryResult = { ok: true; steps: StoryStep[] } | { ok: false; problems: Problem[] };

/**
 * Checks a document's `story` (docs/dataset.md, "Story") against the loaded
 * document's ids, and returns its steps or every problem, each naming its path
 * (`story[2].event: unknown event "x"`). Never throws. The story is checked when
 * it is opened rather than with the events, so its code stays out of the first
 * page and a broken story never costs the reader the events.
 */
export function validateStory(story: unknown, refs: StoryReferences): StoryResult {
  const p = new ProblemList(50);
  // The schema takes translations as they come; no problem from checkStepTranslations means they are StoryStep's.
  const result = v.safeParse(StorySchema, story);
  if (!result.success)
    for (const issue of result.issues)
      p.add(issuePath('story', issue), issue.message as ProblemKey, { value: String(issue.input), max: MAX_NARRATION, count: String(issue.received) });
  checkStoryReferences(story, refs, p);
  return p.count > 0 || !result.success ? { ok: false, problems: p.toArray() } : { ok: true, steps: result.output as StoryStep[] };
}
