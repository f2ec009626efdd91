import type { ShownSpanStore, Span } from '../axis/shownSpan';
import type { LoadedDataset } from '../model/loadedDataset';
import type { AppState } from './appState';
import type { AppStore } from './appStore';
import { LANE_CAP } from './busiestLanes';
import { dataSpan } from './dataSpan';
import { rangeToSpan, spanToRange } from './dateRange';
import { EMPTY_FILTERS } from './filterSlice';
import { decodeUrlState, encodeUrlState, toQueryString, type UrlState } from './urlState';

/** The event the default view opens on (issue 3), when the dataset has it. */
export const DEFAULT_EVENT_ID = 'talks-first-round';

/** What of `window` URL sync needs: an address, a history, popstate. */
export type UrlHost = Pick<Window, 'location' | 'history' | 'addEventListener' | 'removeEventListener'>;

/**
 * Everything of the state the address is made of, in one list: `selectUrlState` reads
 * these and nothing else, and URL sync re-encodes only when one of them changes.
 */
function addressParts(state: AppState, settled: Span | null) {
  return [state.datasetUrl, state.filters, state.selectedId, state.storyStep, state.embed, state.lang, state.allLanes, state.laneCap, settled] as const;
}

/** What the address bar mirrors: the store's filters and selection, and the settled shown span as From/To. */
export function selectUrlState(state: AppState, settled: Span | null): UrlState {
  const [data, filters, event, storyStep, embed, locale, allLanes, laneCap, span] = addressParts(state, settled);
  const lang = locale === 'en' ? null : locale;
  const lanes = allLanes ? 'all' : laneCap === LANE_CAP ? null : laneCap;
  // A story step defines its own view (src/story): its number is the whole address.
  if (storyStep !== null) return { data, actors: null, categories: null, q: '', from: null, to: null, event: null, lanes: null, story: storyStep + 1, embed, lang };
  return { data, actors: filters.actors, categories: filters.categories, q: filters.q, ...spanToRange(span), event, lanes, story: null, embed, lang };
}

/** Which parameters differ between two encoded states. */
function changedParams(a: URLSearchParams, b: URLSearchParams): Set<string> {
  const names = new Set([...a.keys(), ...b.keys()]);
  return new Set([...names].filter((n) => a.get(n) !== b.get(n)));
}

/** Parameters whose change is navigation (a zoom or a typed range) or a reader's setting (the language), not a step worth Back. */
const VIEW_PARAMS = new Set(['from', 'to', 'lang']);

/**
 * Puts a decoded URL state into the store in one update, so subscribers never see
 * half of it, and shows its span. Unspecified parts reset to their defaults: a URL
 * describes a whole view.
 */
export function applyUrlState(store: AppStore, span: ShownSpanStore, dataset: LoadedDataset, state: Partial<UrlState>): void {
  const embed = !!state.embed;
  // The language is the reader's: an address that does not name one keeps the one in force.
  if (state.lang) store.setState({ lang: state.lang });
  // The story shows the step's own view (src/story/storyStepView.ts); the address says only which step.
  if (state.story) {
    store.setState({ storyStep: state.story - 1, embed });
    return;
  }
  const from = state.from ?? null;
  const to = state.to ?? null;
  store.setState({
    filters: { ...EMPTY_FILTERS, actors: state.actors ?? null, categories: state.categories ?? null, q: state.q ?? '' },
    selectedId: state.event ?? null,
    allLanes: state.lanes === 'all',
    laneCap: typeof state.lanes === 'number' ? state.lanes : LANE_CAP,
    storyStep: null,
    embed,
  });
  span.getState().show(from || to ? rangeToSpan(from, to, dataSpan(dataset)) : null);
}

/** Options for startUrlSync. */
export interface UrlSyncOptions {
  /** Loads another dataset when Back/Forward crosses a `data=` change. */
  reload: (url: string | null) => void;
}

/**
 * The one place that reads and writes the address bar. It restores the URL's view
 * each time a dataset arrives (after its extent is set: see session.ts), then follows
 * the store and the settled shown span: filter and selection changes push a history
 * entry (Back steps through them), span changes and consecutive edits of the search
 * replace the current one. Back/Forward (popstate) restores the entry's view.
 * Returns the unsubscribe.
 */
export function startUrlSync(store: AppStore, span: ShownSpanStore, host: UrlHost, options: UrlSyncOptions): () => void {
  /** Params last written or restored; null until the loaded dataset's view is restored. */
  let written: URLSearchParams | null = null;
  let lastChangeWasQuery = false;
  let restoring = false;

  const currentParams = () => new URLSearchParams(host.location.search);
  const urlFor = (params: URLSearchParams) => `${host.location.pathname}${toQueryString(params)}${host.location.hash}`;

  const restore = (dataset: LoadedDataset, initial: boolean) => {
    // A file the user opened starts from its own default view: the address's filters were the last dataset's.
    const fresh = store.getState().opened;
    const { state, notices } = decodeUrlState(fresh ? new URLSearchParams() : currentParams(), {
      actors: dataset.meta.actors,
      categories: dataset.meta.categories,
      hasEvent: (id) => dataset.text.indexOf(id) >= 0,
      storySteps: Array.isArray(dataset.meta.story) ? dataset.meta.story.length : 0,
    });
    // An embed opens on the view its link names: the default selection would open the detail under it.
    if (initial && !fresh && !state.story && !state.embed && state.event === undefined && !currentParams().has('event') && dataset.text.indexOf(DEFAULT_EVENT_ID) >= 0) {
      state.event = DEFAULT_EVENT_ID;
    }
    restoring = true;
    try {
      applyUrlState(store, span, dataset, state);
      for (const notice of notices) store.getState().addNotice(notice);
    } finally {
      restoring = false;
    }
    // The restored view (default selection, dropped bad parameters) replaces the
    // entry: opening the page must not add a step to Back.
    const params = encodeUrlState(selectUrlState(store.getState(), span.getState().settled));
    // Opening a file is a step Back can undo; opening the page is not.
    if (fresh) host.history.pushState(null, '', urlFor(params));
    else host.history.replaceState(host.history.state, '', urlFor(params));
    written = params;
    lastChangeWasQuery = false;
  };

  // What the address is made of, as last encoded: the store changes on every hover and
  // every settled gesture, and most changes touch none of it.
  let encodedFrom: unknown[] = [];
  const follow = () => {
    const state = store.getState();
    if (restoring || written === null || state.status !== 'ready') return;
    const settled = span.getState().settled;
    const from = [written, ...addressParts(state, settled)];
    if (from.every((x, i) => x === encodedFrom[i])) return;
    encodedFrom = from;
    const params = encodeUrlState(selectUrlState(state, settled));
    const changed = changedParams(written, params);
    if (changed.size === 0) return;
    const queryOnly = changed.size === 1 && changed.has('q');
    const viewOnly = [...changed].every((n) => VIEW_PARAMS.has(n));
    const replace = viewOnly || (queryOnly && lastChangeWasQuery);
    if (replace) host.history.replaceState(host.history.state, '', urlFor(params));
    else host.history.pushState(null, '', urlFor(params));
    if (!viewOnly) lastChangeWasQuery = queryOnly;
    written = params;
  };
  const offStore = store.subscribe((state, previous) => {
    if (state.dataset !== previous.dataset && state.dataset && state.status === 'ready') restore(state.dataset, true);
    else follow();
  });
  const offSpan = span.subscribe((s) => s.settled, follow);

  const onPopState = () => {
    const { dataset, datasetUrl } = store.getState();
    const data = decodeUrlState(currentParams()).state.data ?? null;
    if (data !== datasetUrl || !dataset) {
      written = null;
      options.reload(data);
      return;
    }
    restore(dataset, false);
  };
  host.addEventListener('popstate', onPopState);

  return () => {
    offStore();
    offSpan();
    host.removeEventListener('popstate', onPopState);
  };
}
