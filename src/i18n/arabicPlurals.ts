import type { PluralMessage } from './catalogue';

/*
 * The Arabic plural entries' one helper, shared by every Arabic section
 * (messages.ar.ts and the <section>.ar.ts files it gathers), so each writes a
 * counted noun once, as its five forms.
 */

/** The forms of a counted noun: one, two, few (3-10: plural), many (11-99: accusative singular), other (100+: genitive singular). */
export type Forms = readonly [one: string, two: string, few: string, many: string, other: string];

/** A plural entry from a template with `{noun}` and the noun's forms; zero is the few form ("٠ أحداث") unless given. */
export function counted(template: string, [one, two, few, many, other]: Forms, zero?: string): Required<PluralMessage> {
  const fill = (noun: string) => template.replace('{noun}', noun);
  return { zero: zero ?? fill(few), one: fill(one), two: fill(two), few: fill(few), many: fill(many), other: fill(other) };
}

/** Events, counted: the noun most sections count. */
export const EVENTS: Forms = ['حدث واحد', 'حدثان', '{count} أحداث', '{count} حدثًا', '{count} حدث'];
