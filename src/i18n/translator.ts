import { render, type Message, type MessageParams } from './catalogue';
import { applyLocale, getLocale, type Locale } from './locale';
import type { en } from './messages.en';
import type { exportEn } from './export.en';
import type { failureEn } from './failure.en';
import type { importsEn } from './imports.en';
import type { openEn } from './open.en';
import type { problemsEn } from './problems.en';
import type { readingEn } from './reading.en';
import type { helpEn } from './help.en';
import type { storyEn } from './story.en';
import type { embedEn } from './embed.en';
import type { laneCapEn } from './laneCap.en';
import type { noticesEn } from './notices.en';
import type { tooltipsEn } from './tooltips.en';
import type { durationsEn } from './durations.en';
import type { periodsEn } from './periods.en';
import type { drawerEn } from './drawer.en';
import type { eventsListEn } from './eventsList.en';
import type { figuresEn } from './figures.en';
import type { troopsEn } from './troops.en';
import type { navigationEn } from './navigation.en';
import type { chartTreeEn } from './chartTree.en';
import type { filtersEn } from './filters.en';
import type { detailsEn } from './details.en';
import type { viewActionsEn } from './viewActions.en';
import type { summaryEn } from './summary.en';

/*
 * The catalogue is one set of keyed English messages in sections: the words of the
 * first paint (messages.en.ts) and the words of each part that is its own chunk
 * (the troop chart, the open-data dialog, ...), which travel with that chunk so the
 * first page does not carry them. Another language is one module holding every
 * section, imported the first time it is chosen.
 */

/** Every section of the English catalogue, by name (types only: nothing here is bundled). */
export interface Sections {
  main: typeof en;
  problems: typeof problemsEn;
  reading: typeof readingEn;
  export: typeof exportEn;
  open: typeof openEn;
  failure: typeof failureEn;
  imports: typeof importsEn;
  help: typeof helpEn;
  story: typeof storyEn;
  embed: typeof embedEn;
  laneCap: typeof laneCapEn;
  notices: typeof noticesEn;
  tooltips: typeof tooltipsEn;
  durations: typeof durationsEn;
  periods: typeof periodsEn;
  drawer: typeof drawerEn;
  eventsList: typeof eventsListEn;
  figures: typeof figuresEn;
  troops: typeof troopsEn;
  navigation: typeof navigationEn;
  chartTree: typeof chartTreeEn;
  filters: typeof filtersEn;
  details: typeof detailsEn;
  viewActions: typeof viewActionsEn;
  summary: typeof summaryEn;
}

/** A section's messages in some language: the same keys as the English. */
export type SectionWords<S extends keyof Sections> = { [K in keyof Sections[S]]: Message };

/** A whole translation: every section, every key. A translation missing a key does not compile. */
export type Translation = { [S in keyof Sections]: SectionWords<S> };

/** Translations loaded so far (English needs none: each section's English is its fallback). */
const translations: Partial<Record<Locale, Translation>> = {};

/** How each language other than English is fetched: a dynamic import, so it is a chunk of its own. */
const loaders: Partial<Record<Locale, () => Promise<Translation>>> = {
  ar: () => import('./messages.ar').then((m) => m.ar),
};

/** A `t` for one section: the message `key` in the language in force, filled with `params`. */
export type Translate<K extends string> = (key: K, params?: MessageParams) => string;

/** A message of a section in the language in force, when that language's translation has arrived and holds it. */
const translated = (section: keyof Sections, key: string): Message | undefined =>
  (translations[getLocale()]?.[section] as Record<string, Message> | undefined)?.[key];

/**
 * The translate function of one section. Falls back to English for a language
 * whose translation has not arrived yet.
 */
export function translator<S extends keyof Sections>(section: S, english: Sections[S]): Translate<keyof Sections[S] & string> {
  const fallback = english as Record<string, Message>;
  return (key, params) => render(translated(section, key) ?? fallback[key], params);
}

/**
 * A message in the language in force when its translation holds it, else undefined: for words
 * whose English arrives already written (an importer's problem, written in the parse worker).
 */
export function translatedOrNone(section: keyof Sections, key: string, params?: MessageParams): string | undefined {
  const entry = translated(section, key);
  return entry === undefined ? undefined : render(entry, params);
}

/** Fetches a language's translation (once), then switches the interface to it. */
export async function loadLocale(locale: Locale): Promise<void> {
  const load = loaders[locale];
  if (load && !translations[locale]) translations[locale] = await load();
  applyLocale(locale);
}
