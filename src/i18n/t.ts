import { en } from './messages.en';
import { translator, type Sections, type Translate } from './translator';

/**
 * The words of the first paint (messages.en.ts) in the language in force:
 * `t('eventCount', { count })`. A `count` parameter picks the plural form.
 */
export const t = translator('main', en);

/** Key of a first-paint message. */
export type MessageKey = keyof typeof en;

/**
 * The translate function of a part that is a chunk of its own (the troop chart, the
 * open-data dialog, ...): the keys of its own section, which travel with its chunk,
 * and those of the first paint, which are there already.
 */
export function partTranslator<S extends Exclude<keyof Sections, 'main'>>(
  section: S,
  english: Sections[S],
): Translate<(keyof Sections[S] | MessageKey) & string> {
  const own = translator(section, english);
  return (key, params) => (key in english ? own(key as keyof Sections[S] & string, params) : t(key as MessageKey, params));
}
