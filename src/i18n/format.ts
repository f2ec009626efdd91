import { getDigits, getLocale, GROUP_SEPARATOR, intlTag } from './locale';

/*
 * The one place numbers and dates meet Intl. Building an Intl formatter costs far
 * more than using one, and the timeline formats on every zoom frame, so each is
 * built once per locale and options, and kept. The first paint's counts are written
 * without Intl (formatCount): the first number a page formats through ICU loads its
 * locale data, measured at 90-400 ms in this project's headless Chromium (issue 9),
 * and that landed in the start-up. They follow the language and digits in force all
 * the same (locale.ts).
 */

const built = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>();

function memo<F>(kind: string, options: object | undefined, make: (tag: string) => F): F {
  const tag = intlTag();
  const key = `${kind}|${tag}|${options ? JSON.stringify(options) : ''}`;
  let f = built.get(key) as F | undefined;
  if (!f) built.set(key, (f = make(tag)) as never);
  return f;
}

/** Intl.NumberFormat of the language in force, with these options, memoised. */
export const numberFormat = (options?: Intl.NumberFormatOptions): Intl.NumberFormat =>
  memo('n', options, (tag) => new Intl.NumberFormat(tag, options));

/** Intl.DateTimeFormat of the language in force, always in UTC (the data's clock), memoised. */
export const dateFormat = (options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  memo('d', options, (tag) => new Intl.DateTimeFormat(tag, { ...options, timeZone: 'UTC' }));

/** Intl.PluralRules of the language in force, memoised. */
export const pluralRules = (): Intl.PluralRules => memo('p', undefined, (tag) => new Intl.PluralRules(tag));

/**
 * The plural category of `n` in the language in force. English's rule (CLDR: "one"
 * for 1 and -1, else "other") is written out so a count on the first paint does not load
 * ICU; every other language asks Intl.PluralRules.
 */
export const pluralCategory = (n: number): Intl.LDMLPluralRule =>
  getLocale() === 'en' ? (Math.abs(n) === 1 ? 'one' : 'other') : pluralRules().select(n);

/** The digits of `text` (0-9) in the digits in force: "2014" or "٢٠١٤". */
export const localDigits = (text: string): string =>
  getDigits() === 'latn' ? text : text.replace(/\d/g, (d) => String.fromCharCode(0x660 + +d));

/**
 * A count as people read it: 12,345 (or ١٢٬٣٤٥ in Arabic-Indic digits). Whole
 * numbers are grouped here, without Intl (see above); fractions and the like go to Intl.
 */
export function formatCount(n: number): string {
  if (!Number.isSafeInteger(n)) return numberFormat().format(n);
  // A separator before each run of three digits that ends the number.
  return localDigits(String(n).replace(/\B(?=(\d{3})+$)/g, GROUP_SEPARATOR[getDigits()]));
}

/** A figure with up to two decimals and thousands separators: 2500 -> "2,500". */
export const formatNumber = (n: number): string => numberFormat({ maximumFractionDigits: 2 }).format(n);

/**
 * A number without grouping, for years and days of the month: 2014. Whole numbers
 * from 0 up are written here, without Intl: the axis's and the overview's year labels
 * are on the dataset's first frame, where loading ICU was the handoff's longest part
 * (57-117 ms of it in profiles at 10^5-10^6 events, issue 9).
 */
export const formatInteger = (n: number): string =>
  Number.isSafeInteger(n) && n >= 0 ? localDigits(String(n)) : numberFormat({ useGrouping: false }).format(n);

/** Two digits, for hours and minutes: 09. Whole numbers from 0 up without Intl, as formatInteger. */
export const formatTwoDigits = (n: number): string =>
  Number.isSafeInteger(n) && n >= 0
    ? localDigits(String(n).padStart(2, '0'))
    : numberFormat({ minimumIntegerDigits: 2, useGrouping: false }).format(n);

/**
 * The one month table: month names (0 = January), long ("September") or short
 * ("Sep"), from Intl in the language in force.
 */
export const monthName = (month: number, style: 'long' | 'short'): string =>
  dateFormat({ month: style }).format(Date.UTC(2000, month, 15));

