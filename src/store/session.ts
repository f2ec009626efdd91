import type { AppStore } from './appStore';
import { shownSpan as appShownSpan, type ShownSpanStore } from '../axis/shownSpan';
import { loadDatasetInto, type DatasetLoader } from './datasetLoader';
import { startSearchSync } from './searchSync';
import { startSpanSync } from './spanSync';
import { startLocaleSync } from './localeSync';
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
  /** Settles once the interface's first language is in force (its words fetched, if not English). */
  languageReady: Promise<void>;
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
 * Wires the store and the shown span to the world: theme, search, each dataset's
 * extent and the address bar, then loads the dataset the URL names (or the default
 * one). The span's extent is set before the URL's view is restored, so it is
 * started first.
 */
export function startSession(
  store: AppStore,
  defaultUrl: string,
  host: SessionHost = { ...pickWindow(window), localStorage: safeStorage(window) },
  load?: DatasetLoader,
  span: ShownSpanStore = appShownSpan,
): Session {
  const reload = (url: string | null) => void loadDatasetInto(store, url, defaultUrl, load);
  const language = startLocaleSync(store, host.document.documentElement, host.localStorage, host.location.search);
  const stops = [
    language.stop,
    startThemeSync(store, host.document.documentElement, host.localStorage),
    startSearchSync(store),
    startSpanSync(store, span),
    startUrlSync(store, span, host, { reload }),
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
    languageReady: language.ready,
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

