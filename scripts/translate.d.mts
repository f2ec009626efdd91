/** A translation table's entries: by list, then by id; each entry's texts and its "of" stamp. */
export type TranslationTable = Record<string, unknown>;

/** What applyTranslations found and the dataset with the current translations written in. */
export interface AppliedTranslations {
  doc: Record<string, unknown>;
  /** Items the table does not translate ("events/talks-first-round"). */
  missing: string[];
  /** Items whose original changed since they were translated: not written. */
  stale: string[];
  /** Entries never stamped with the original they translate: not written. */
  unstamped: string[];
  /** Entries for items the dataset does not have. */
  unused: string[];
}

export function applyTranslations(doc: unknown, lang: string, table: TranslationTable, options?: { stamp?: boolean }): AppliedTranslations;
