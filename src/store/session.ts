import type { StoreApi } from 'zustand/vanilla';
import type { AppState } from './appState';
import { loadDatasetInto, type DatasetLoader } from './datasetLoader';
import { startRangeSync } from './rangeSync';
import { startSearchSync } from './searchSync';
import { startThemeSync } from './themeSync';
import { decodeUrlState, toQueryString } from './urlState';
import { startUrlSync, type UrlHost } from './urlSync';

/** What the UI can ask of a running session. */
export interface Session {
  /** Drops `data=` from the address and loads the default dataset. */
  loadDefault: () => void;
  /** Loads the dataset on screen again, from where it came (after its worker died). */
  reload: () => void;
  stop: () => void;
}

/** Where the session runs: the browser window, or a test's stand-in. */
export interface SessionHost extends UrlHost {
  document: Pick<Document, 'documentElement'>;
  localStorage: Storage | null;
}

function safeStorage(host: Window): Storage | null {
  try {
    return host.localStorage;
  } catch {
    return null;
  }
}

/**
 * Wires the store to the world: theme, search, the range/window link and the
 * address bar, then loads the dataset the URL names (or the default one).
 */
export function startSession(
  store: StoreApi<AppState>,
  defaultUrl: string,
  host: SessionHost = { ...pickWindow(window), localStorage: safeStorage(window) },
  load?: DatasetLoader,
): Session {
  const reload = (url: string | null) => void loadDatasetInto(store, url, defaultUrl, load);
  const stops = [
    startThemeSync(store, host.document.documentElement, host.localStorage),
    startSearchSync(store),
    startRangeSync(store),
    startUrlSync(store, host, { reload }),
  ];
  reload(decodeUrlState(new URLSearchParams(host.location.search)).state.data ?? null);
  return {
    loadDefault: () => {
      const params = new URLSearchParams(host.location.search);
      params.delete('data');
      host.history.pushState(null, '', `${host.location.pathname}${toQueryString(params)}${host.location.hash}`);
      reload(null);
    },
    reload: () => reload(store.getState().datasetUrl),
    stop: () => stops.forEach((stop) => stop()),
  };
}

function pickWindow(w: Window): Omit<SessionHost, 'localStorage'> {
  return {
    location: w.location,
    history: w.history,
    addEventListener: w.addEventListener.bind(w),
    removeEventListener: w.removeEventListener.bind(w),
    document: w.document,
  };
}

