/**
 * The dataset document, format v1 (see docs/dataset.md). These are the shapes the
 * validator guarantees; everything downstream may rely on them.
 */

/** How precisely a date string pins down a moment. */
export type Precision = 'year' | 'month' | 'day' | 'time';

/**
 * Who made a translation: `machine` (machine translation, not reviewed), `machine-edited`
 * (a machine draft revised by an editor) or `editor` (translated by a person).
 */
export type TranslatedBy = 'machine' | 'machine-edited' | 'editor';

/**
 * An item's texts in other languages, by language tag ("ar"). Always shown marked as a
 * translation; the document's `translations` says who translated into each language.
 */
export type Translations<T> = Record<string, T>;

/** A translated name (actor, category). */
export interface NameTranslation {
  name?: string;
}

/** An event's title, summary and place name in another language; quotes are never translated. */
export interface EventTranslation {
  title?: string;
  summary?: string;
  /** The place's name. */
  place?: string;
}

/** A series' name, unit and note in another language. */
export interface SeriesTranslation {
  name?: string;
  unit?: string;
  note?: string;
}

/** A series point's note in another language (its quote stays as the source published it). */
export interface PointTranslation {
  note?: string;
}

/** A period's title in another language. */
export interface PeriodTranslation {
  title?: string;
}

/** A story step's title and narration in another language; the quotes its narration holds stay as their source published them. */
export interface StoryStepTranslation {
  title?: string;
  narration?: string;
}

/** The document's word on one language it is translated into. */
export interface DocumentTranslation {
  /** Language tag of the texts translated ("en"). */
  from: string;
  by: TranslatedBy;
  /** Who or what translated, in words. */
  translator?: string;
  title?: string;
  description?: string;
}

/** A participant in events: a state, government, coalition or armed group. */
export interface Actor {
  id: string;
  name: string;
  kind?: string;
  /** CSS hex colour; when absent the app assigns one from its palette. */
  color?: string;
  translations?: Translations<NameTranslation>;
}

/** A kind of event (attack, diplomacy, ...). */
export interface Category {
  id: string;
  name: string;
  translations?: Translations<NameTranslation>;
}

/** Reliability grade of a source: A official/primary, B established news, C wiki/blog. */
export type SourceGrade = 'A' | 'B' | 'C';

/** A publication cited by events and series points. */
export interface Source {
  id: string;
  publisher: string;
  title: string;
  /** http(s) only. */
  url?: string;
  /** Partial date string (YYYY, YYYY-MM, YYYY-MM-DD). */
  published?: string;
  grade?: SourceGrade;
}

/** An event's citation of one source, with the source's own words where given. */
export interface Citation {
  source: string;
  quote?: string;
}

/** Where an event happened. */
export interface Place {
  name: string;
  lat?: number;
  lon?: number;
}

/** One event as written in the document. */
export interface TimelineEvent {
  id: string;
  /** "YYYY", "YYYY-MM", "YYYY-MM-DD" or an ISO date-time. */
  date: string;
  /** Range events only; never before `date`. */
  end?: string;
  title: string;
  summary?: string;
  actors: string[];
  category: string;
  place?: Place;
  /** 1 (minor) .. 3 (key). */
  importance?: 1 | 2 | 3;
  sources: Citation[];
  translations?: Translations<EventTranslation>;
  /** Unknown keys found on the event, kept so nothing the author wrote is lost. */
  extra?: Record<string, unknown>;
}

/**
 * How precisely a figure is known: exact, or approximate ("about 2,500"). `authorized` is
 * the format's first way of saying a figure is a ceiling; it is kept so older files load,
 * and it implies `kind: "ceiling"`.
 */
export type Estimate = 'exact' | 'approximate' | 'authorized';

/**
 * What a figure is a figure of, so a reader never takes a cap or a plan for troops on the ground:
 * - `count`: people counted or reported as present (e.g. the Pentagon's quarterly DMDC headcount);
 * - `official`: the level the government states, for US troops the force management level,
 *   which leaves out temporary and special-operations personnel;
 * - `ceiling`: an authorized maximum ("up to 3,550");
 * - `planned`: a level announced for a later date, which may never have been reached as said.
 */
export type FigureKind = 'count' | 'official' | 'ceiling' | 'planned';

/** One value of a step series, valid from its date until the next point. */
export interface SeriesPoint {
  date: string;
  value: number;
  estimate: Estimate;
  /** Always set once validated: a point written without one gets `ceiling` if authorized, else `count`. */
  kind: FigureKind;
  source: string;
  quote?: string;
  /** Why this figure differs from another of the same series and date, or how it was dated. */
  note?: string;
  translations?: Translations<PointTranslation>;
}

/** A numeric series over time (troop numbers, attack counts). */
export interface Series {
  id: string;
  name: string;
  unit: string;
  actor?: string;
  /** What a reader must know to read the figures, shown with the chart (e.g. what an official level leaves out). */
  note?: string;
  points: SeriesPoint[];
  translations?: Translations<SeriesTranslation>;
}

/** A named stretch of time drawn as a shaded band behind the lanes (a TimelineJS era). */
export interface Period {
  title: string;
  /** Partial date; the band starts at the beginning of its period. */
  start: string;
  /** Partial date, not before `start`; the band runs to the end of its period. */
  end: string;
  translations?: Translations<PeriodTranslation>;
}

/** What a story step shows besides its moment: a zoom window, and the actors and categories shown. */
export interface StoryView {
  /** Inclusive partial dates of the window shown instead of the moment's surroundings. */
  from?: string;
  to?: string;
  /** Actor ids shown; absent = all. */
  actors?: string[];
  /** Category ids shown; absent = all. */
  categories?: string[];
}

/**
 * One step of the guided story: about an event (`event`) or a stretch of time
 * (`from`, optional `to`), with a short narration that says nothing its sources do not.
 */
export interface StoryStep {
  /** Id of the event the step is about: it is selected and its sources shown. */
  event?: string;
  /** Or a date range (inclusive partial dates); such a step has a `title` and cites its own `sources`. */
  from?: string;
  to?: string;
  title?: string;
  /** A few sentences, shown as plain text. */
  narration: string;
  /** Citations of the narration beyond the event's own (required for a date-range step). */
  sources?: Citation[];
  view?: StoryView;
  /** The step's `title` (where it has one) and `narration` in other languages. */
  translations?: Translations<StoryStepTranslation>;
}

/** A whole validated document. */
export interface Dataset {
  version: 1;
  title: string;
  description?: string;
  actors: Actor[];
  categories: Category[];
  sources: Source[];
  events: TimelineEvent[];
  series: Series[];
  /** Shaded periods behind the lanes; absent when the document has none. */
  periods?: Period[];
  /**
   * The guided story as written: a list of {@link StoryStep}s once validateStory
   * (validateStory.ts) has checked it, which it does when the story is opened.
   */
  story?: unknown;
  /** The languages the document is translated into: from what language, by whom. */
  translations?: Translations<DocumentTranslation>;
}

/**
 * A text said in one language (the parse worker's English, for logs and tests) with what
 * the page needs to say it in the reader's: its catalogue key, values and words.
 */
export interface KeyedText {
  /** The text as said, in English for an importer's; '' for a validator's keyed problem. */
  message: string;
  /** The message's key in the catalogue (src/i18n/problems.en.ts, or `imports.` and a key of imports.en.ts). */
  key?: string;
  /** The values the message is written with. */
  params?: Record<string, string | number>;
  /**
   * Values that are words, not data: a value's name -> the key of a message of the same
   * catalogue section ("role" -> "roleDate"), or a list of keys (the language's list).
   */
  words?: Record<string, string | readonly string[]>;
}

/**
 * One thing wrong with a document, located by its path (`events[3].date`). Show it
 * with problemMessage (src/i18n/problemText.ts): a validator's problem has only its
 * key and parameters, since the parse worker that finds it carries no words.
 */
export interface Problem extends KeyedText {
  path: string;
}
