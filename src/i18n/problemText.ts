import { type MessageParams } from './catalogue';
import { problemsEn, type ProblemKey } from './problems.en';
import { translator } from './translator';
import type { Problem } from '../model/types';

const tProblem = translator('problems', problemsEn);

/** A dataset problem's message by its key, in the language in force. */
export const problemText = (key: ProblemKey, params?: MessageParams): string => tProblem(key, params);

/**
 * A dataset problem in words, in the language in force: from its key when it has
 * one (the validator's, which the parse worker sends without words), else the
 * text it came with (an importer's, a failed fetch's).
 */
export const problemMessage = (problem: Problem): string =>
  problem.key !== undefined && problem.key in problemsEn ? tProblem(problem.key as ProblemKey, problem.params) : problem.message;
