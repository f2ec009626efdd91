import type { Problem } from './types';

/**
 * Collects problems up to a cap and counts the rest, so a document with a
 * million bad rows yields a readable list, not a million lines.
 */
export class ProblemList {
  readonly items: Problem[] = [];
  private extra = 0;

  constructor(private readonly max: number) {}

  add(path: string, message: string): void {
    if (this.items.length < this.max) this.items.push({ path, message });
    else this.extra++;
  }

  get count(): number {
    return this.items.length + this.extra;
  }

  /** The problems, ending with "…and N more problems" when the cap was reached. */
  toArray(): Problem[] {
    if (this.extra === 0) return this.items;
    const more = this.extra === 1 ? '…and 1 more problem' : `…and ${this.extra} more problems`;
    return [...this.items, { path: '(document)', message: more }];
  }
}
