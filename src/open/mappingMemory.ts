import type { ColumnMapping } from '../io/formats/importFormat';

const PREFIX = 'coalition-timeline:mapping:';

/** The key of a table's columns: the same headers in any order are the same table. */
export const headerKey = (columns: readonly string[]) => PREFIX + [...columns].sort().join('\u001f');

/** Where mappings are kept; null where storage is unavailable (private mode, tests). */
function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** Keeps the mapping a user confirmed for a set of headers (a small record: localStorage is enough). */
export function rememberMapping(columns: readonly string[], mapping: ColumnMapping, store: Storage | null = storage()): void {
  try {
    store?.setItem(headerKey(columns), JSON.stringify(mapping));
  } catch {
    // Full or refused storage: the mapping is only a convenience, the import goes on.
  }
}

/** The mapping confirmed before for these headers, when every column it names is still there. */
export function recalledMapping(columns: readonly string[], store: Storage | null = storage()): ColumnMapping | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(store?.getItem(headerKey(columns)) ?? 'null');
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null) return null;
  const m = parsed as ColumnMapping;
  const named = [m.date, m.title, m.end, m.category, m.summary, ...(m.actors ?? [])].filter((c) => c !== undefined);
  if (typeof m.date !== 'string' || typeof m.title !== 'string' || !named.every((c) => columns.includes(c as string))) return null;
  return m;
}
