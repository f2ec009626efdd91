import { type MessageParams } from './catalogue';
import { problemsEn, type ProblemKey } from './problems.en';
import { IMPORTS_KEY_PREFIX } from './importsKey';
import { translatedOrNone, translator } from './translator';
import type { Problem } from '../model/types';

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

/**
 * A dataset problem in words, in the language in force: from its key when it has
 * one (the validator's, which the parse worker sends without words), else the
 * text it came with (a failed fetch's), or for an importer's keyed problem, whose
 * English the worker wrote, its translation when the language in force has one.
 */
export const problemMessage = (problem: Problem | Omit<Problem, 'path'>): string => {
  const { key, words } = problem;
  if (key === undefined) return problem.message;
  if (key in problemsEn) return tProblem(key as ProblemKey, problem.params);
  if (!key.startsWith(IMPORTS_KEY_PREFIX)) return problem.message;
  const said: MessageParams = { ...isolated(problem.params) };
  for (const [name, word] of Object.entries(words ?? {})) {
    const text = translatedOrNone('imports', word, problem.params);
    if (text === undefined) return problem.message;
    said[name] = text;
  }
  return translatedOrNone('imports', key.slice(IMPORTS_KEY_PREFIX.length), said) ?? problem.message;
};
