import { type MessageParams } from './catalogue';
import { problemsEn, type ProblemKey } from './problems.en';
import { IMPORTS_KEY_PREFIX } from './importsKey';
import { translatedOrNone, translator } from './translator';
import type { KeyedText } from '../model/types';

const tProblem = translator('problems', problemsEn);

/** A dataset problem's message by its key, in the language in force. */
export const problemText = (key: ProblemKey, params?: MessageParams): string => tProblem(key, params);

/**
 * An importer's values (file and column names, quoted lists) as written, each set off in
 * Unicode isolates (FSI..PDI): inside an Arabic sentence a Latin list such as
 * `"event_id_cnty", "actor1"` keeps its quotation marks and commas in place.
 */
const isolated = (params: MessageParams | undefined) =>
  params && Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'string' ? `\u2068${v}\u2069` : v]));

/** Words joined as the language in force writes a list ("a, b" / "a، b"); undefined when one is missing. */
const listOf = (words: (string | undefined)[]): string | undefined =>
  words.every((w) => w !== undefined) ? words.join(translatedOrNone('main', 'listSeparator') ?? ', ') : undefined;

/**
 * A dataset problem in words, in the language in force: from its key when it has
 * one (the validator's, which the parse worker sends without words), else the
 * text it came with (a failed fetch's), or for an importer's keyed problem, whose
 * English the worker wrote, its translation when the language in force has one.
 */
export const problemMessage = (problem: KeyedText & { path?: string }): string => {
  const { key, words } = problem;
  if (key === undefined) return problem.message;
  if (key in problemsEn) return tProblem(key as ProblemKey, problem.params);
  if (!key.startsWith(IMPORTS_KEY_PREFIX)) return problem.message;
  const said: MessageParams = { ...isolated(problem.params) };
  const word = (k: string) => translatedOrNone('imports', k, problem.params);
  for (const [name, w] of Object.entries(words ?? {})) {
    const text = typeof w === 'string' ? word(w) : listOf(w.map(word));
    if (text === undefined) return problem.message;
    said[name] = text;
  }
  return translatedOrNone('imports', key.slice(IMPORTS_KEY_PREFIX.length), said) ?? problem.message;
};
