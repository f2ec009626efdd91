/**
 * Languages the interface is written in. English is bundled with the page; every
 * other language is a chunk of its own, imported the first time it is chosen
 * (see `loadLocale` in translator.ts).
 */
export type Locale = 'en' | 'ar';

/** The digits numbers are written in: Latin (0-9) or Arabic-Indic (٠-٩), a reader's choice where the language allows both. */
export type Digits = 'latn' | 'arab';

/** The language of the page when nothing else is asked for, and the fallback of every other. */
export const DEFAULT_LOCALE: Locale = 'en';

/**
 * Each language's BCP 47 tag (for Intl), the digits it is written in unless the
 * reader chooses others, its direction, and its name in its own words (as the
 * language switch offers it). English is "en-US" here and nowhere else: US number
 * grouping, with the day-month-year order of the dataset's dates coming from the
 * formatting module, not from Intl. Arabic is written with its own digits unless the
 * reader chooses Latin ones; its months are the names Intl gives plain "ar"
 * (يناير, فبراير), those of most pan-Arab news sites.
 */
const LOCALES: Record<Locale, { tag: string; digits: Digits; rtl: boolean; name: string }> = {
  en: { tag: 'en-US', digits: 'latn', rtl: false, name: 'English' },
  ar: { tag: 'ar', digits: 'arab', rtl: true, name: 'العربية' },
};

/** True for a string naming a language of the interface. */
export const isLocale = (x: unknown): x is Locale => typeof x === 'string' && Object.hasOwn(LOCALES, x);

/** True for a language written right to left. */
export const isRightToLeft = (locale: Locale): boolean => LOCALES[locale].rtl;

/** A language's name in its own words: "English", "العربية". */
export const languageName = (locale: Locale): string => LOCALES[locale].name;

/** The digits a language is written in unless the reader chooses others. */
export const ownDigits = (locale: Locale): Digits => LOCALES[locale].digits;

/**
 * The group separator of each digit system: "1,234" and "١٬٢٣٤" (U+066C, the
 * Arabic thousands separator), as Intl writes them, for the counts written
 * without Intl on the first paint (format.ts, formatCount).
 */
export const GROUP_SEPARATOR: Record<Digits, string> = { latn: ',', arab: '\u066c' };

let current: Locale = DEFAULT_LOCALE;
let digitsChosen: Digits | null = null;
const listeners = new Set<() => void>();

/** The interface language now in force. */
export const getLocale = (): Locale => current;

/** The digits in force: the reader's choice, else the language's own. */
export const getDigits = (): Digits => digitsChosen ?? LOCALES[current].digits;

/** The Intl tag of the language in force, with its digits ("en-US-u-nu-latn"): the key of the formatter caches. */
export const intlTag = (): string => `${LOCALES[current].tag}-u-nu-${getDigits()}`;

/** Language and digits in one string, changing whenever either does: a key that redraws the interface in its new words. */
export const localeKey = (): string => `${current}-${getDigits()}`;

/** Calls every subscriber after a change of language or digits. */
const changed = () => listeners.forEach((fn) => fn());

/**
 * Switches the language of every later call of t() and of the formatters, then
 * tells the subscribers. Its catalogue must be loaded first (loadLocale).
 */
export function applyLocale(locale: Locale): void {
  if (locale === current) return;
  current = locale;
  changed();
}

/** Writes numbers in these digits from now on (null: the language's own), then tells the subscribers. */
export function chooseDigits(digits: Digits | null): void {
  if (digits === digitsChosen) return;
  digitsChosen = digits;
  changed();
}

/** Calls `fn` after every change of language or digits; returns the unsubscribe. */
export function subscribeLocale(fn: () => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}
