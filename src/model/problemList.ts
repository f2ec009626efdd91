import type { MessageParams } from '../i18n/catalogue';
import type { ProblemKey } from '../i18n/problems.en';
import type { Problem } from './types';

/**
 * Collects problems up to a cap and counts the rest, so a document with a
 * million bad rows yields a readable list, not a million lines.
 */
export class ProblemList {
  readonly items: Problem[] = [];
  private extra = 0;

  constructor(private readonly max: number) {}

  /** Adds the problem at `path`, by its message's key and parameters (the words are the page's: problemMessage). */
  add(path: string, key: ProblemKey, params?: MessageParams): void {
    if (this.items.length < this.max) this.items.push(problem(path, key, params));
    else this.extra++;
  }

  get count(): number {
    return this.items.length + this.extra;
  }

  /** The problems, ending with "…and N more problems" when the cap was reached. */
  toArray(): Problem[] {
    if (this.extra === 0) return this.items;
    return [...this.items, problem('(document)', 'moreProblems', { count: this.extra })];
  }
}

/**
 * One problem of the validator, by key and parameters only. The parse worker,
 * where the validator runs, carries no words: the page writes the message, in the
 * reader's language, when it shows the problem (problemMessage in src/i18n).
 */
export function problem(path: string, key: ProblemKey, params?: MessageParams): Problem {
  return params ? { path, message: '', key, params } : { path, message: '', key };
}
