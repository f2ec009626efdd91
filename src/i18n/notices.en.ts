import { translator } from './translator';
import type { MessageParams } from './catalogue';

/**
 * The notices' words, in English: what was ignored in the address, a failed search.
 * The code that finds a problem (on the first paint) records a key and its
 * parameters; the words travel with the notice list's chunk, fetched only when
 * there is a notice to show.
 */
export const noticesEn = {
  noticesLabel: 'Notices',
  noticeDismiss: 'Dismiss: {notice}',
  noticeUnknownParam: 'Ignored the unknown URL parameter "{name}".',
  noticeRepeatedParam: 'The "{name}" parameter appears more than once; used the first.',
  noticeBadData: 'Ignored the "data" parameter: "{value}" is not an http or https address.',
  noticeUnknownActors: {
    one: 'Ignored an unknown actor in the "actors" parameter: {ids}.',
    other: 'Ignored unknown actors in the "actors" parameter: {ids}.',
  },
  noticeUnknownCategories: {
    one: 'Ignored an unknown category in the "categories" parameter: {ids}.',
    other: 'Ignored unknown categories in the "categories" parameter: {ids}.',
  },
  noticeQueryShortened: 'Shortened the "q" parameter to {max} characters.',
  noticeBadDate: 'Ignored the "{name}" parameter: "{value}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD).',
  noticeReversedRange: 'Ignored "from" and "to": {from} is after {to}.',
  noticeEmptyEvent: 'Ignored the empty "event" parameter.',
  noticeUnknownEvent: 'The event "{event}" named in the "event" parameter is not in this dataset.',
  noticeBadStory: 'Ignored the "story" parameter: "{value}" is not a step of this dataset\'s story.',
  noticeBadEmbed: 'Ignored the "embed" parameter: "{value}" is not 1 or 0.',
  noticeBadLanes: 'Ignored the "lanes" parameter: "{value}" is not "all" or a number of lanes from 1 to {max}.',
  noticeBadLang: 'Ignored the "lang" parameter: "{value}" is not en or ar.',
  noticeLanguageUnavailable: 'The {language} interface could not be loaded: check the connection and try again.',
  noticeSearchFailed: 'The search for "{q}" failed: {error}',
};

/** Key of a notice's message. */
export type NoticeKey = keyof typeof noticesEn;

/** A dismissible notice as the store keeps it: which message, with what (no words until it is shown). */
export interface Notice {
  key: NoticeKey;
  params?: MessageParams;
}

/** The notices' words in the language in force. */
export const t = translator('notices', noticesEn);

/** A notice in words, in the language in force. */
export const noticeText = (notice: Notice): string => t(notice.key, notice.params);
