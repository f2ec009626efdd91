/**
 * Languages the interface is written in. English is bundled with the page; every
 * other language is a chunk of its own, imported the first time it is chosen
 * (see `loadLocale` in words.ts).
 */
export type Locale = 'en';

/** The language of the page when nothing else is asked for, and the fallback of every other. */
export const DEFAULT_LOCALE: Locale = 'en';

/**
 * BCP 47 tag each language's Intl formatters are built with. English is written
 * "en-US" here and nowhere else: US number grouping, with the day-month-year
 * order of the dataset's dates coming from the catalogue, not from Intl.
 */
const INTL_TAGS: Record<Locale, string> = { en: 'en-US' };

let current: Locale = DEFAULT_LOCALE;
const listeners = new Set<() => void>();

/** The interface language now in force. */
export const getLocale = (): Locale => current;

/** The Intl tag of a language (by default the one in force): the key of the formatter caches. */
export const intlTag = (locale: Locale = current): string => INTL_TAGS[locale];

/**
 * Switches the language of every later call of t() and of the formatters, then
 * tells the subscribers. Its catalogue must be loaded first (loadLocale).
 */
export function applyLocale(locale: Locale): void {
  if (locale === current) return;
  current = locale;
  listeners.forEach((fn) => fn());
}

/** Calls `fn` after every change of language; returns the unsubscribe. */
export function subscribeLocale(fn: () => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}
