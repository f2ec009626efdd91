import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import { t } from '../i18n/open.en';

/** A file the user opened, as the Recent list shows it. */
export interface RecentEntry {
  id: string;
  name: string;
  /** Bytes. */
  size: number;
  events: number;
  /** When it was opened, ms since the epoch. */
  openedAt: number;
}

const LIST_KEY = 'list';
/** Most files kept; the oldest goes first. */
const KEEP = 8;

let db: UseStore | null = null;
const store = () => (db ??= createStore('coalition-timeline-recent', 'files'));

/** Storage refused the file: said in words, with what the user can do. */
export class RecentStorageError extends Error {
  constructor(cause: unknown) {
    const quota = cause instanceof DOMException && cause.name === 'QuotaExceededError';
    super(
      quota ? t('openRecentFull') : t('openRecentRefused', { error: cause instanceof Error ? cause.message : String(cause) }),
    );
    this.name = 'RecentStorageError';
  }
}

/** The Recent list, newest first; empty where IndexedDB is unavailable. */
export async function listRecent(): Promise<RecentEntry[]> {
  try {
    return ((await get<RecentEntry[]>(LIST_KEY, store())) ?? []).sort((a, b) => b.openedAt - a.openedAt);
  } catch {
    return [];
  }
}

/** Keeps a file and its entry; rejects with RecentStorageError when storage refuses (quota). */
export async function keepRecent(file: Blob, entry: Omit<RecentEntry, 'id'>): Promise<RecentEntry[]> {
  const id = `${entry.name}:${entry.size}`;
  try {
    const list = (await listRecent()).filter((e) => e.id !== id);
    const kept = [{ ...entry, id }, ...list];
    for (const old of kept.splice(KEEP)) await del(`file:${old.id}`, store());
    await set(`file:${id}`, file, store());
    await set(LIST_KEY, kept, store());
    return kept;
  } catch (error) {
    throw new RecentStorageError(error);
  }
}

/** The stored file of an entry, or null when it is no longer there. */
export async function recentFile(id: string): Promise<Blob | null> {
  return (await get<Blob>(`file:${id}`, store())) ?? null;
}

/** Forgets a file. */
export async function deleteRecent(id: string): Promise<RecentEntry[]> {
  const list = (await listRecent()).filter((e) => e.id !== id);
  await del(`file:${id}`, store());
  await set(LIST_KEY, list, store());
  return list;
}
