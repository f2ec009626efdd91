import { formatCount, pluralCategory } from './format';

/**
 * A message that depends on a count: one form per plural category the language
 * has (English: one, other; Arabic: zero, one, two, few, many, other), chosen by
 * Intl.PluralRules on the `count` parameter.
 */
export type PluralMessage = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

/** A catalogue entry: text with `{name}` placeholders, or the plural forms of one. */
export type Message = string | PluralMessage;

/** Values a message is filled with; a number is written in the language's digits and grouping. */
export type MessageParams = Record<string, string | number>;

/** The text of one entry for these parameters: the plural form for `count`, then its placeholders filled. */
export function render(entry: Message, params?: MessageParams): string {
  const text = typeof entry === 'string' ? entry : (entry[pluralCategory(Number(params?.count ?? 0))] ?? entry.other);
  if (!params) return text;
  // An unknown placeholder stays visible rather than silently dropping words.
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : typeof value === 'number' ? formatCount(value) : value;
  });
}

/**
 * A message around one placeholder left unfilled, for a component that puts an
 * element there (a name in bold): "Opening {name}" -> ["Opening ", ""].
 */
export function splitAt(text: string, name: string): [before: string, after: string] {
  const at = text.indexOf(`{${name}}`);
  return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + name.length + 2)];
}
