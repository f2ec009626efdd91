import type { StateCreator } from 'zustand';
import type { RejectedRow } from '../io/formats/importFormat';
import type { LoadProgress } from '../io/loadProgress';
import type { LoadedDataset } from '../model/loadedDataset';
import type { KeyedText, Problem } from '../model/types';
import type { AppState } from './appState';

export type { LoadProgress };

/** A load that failed: a headline and each problem with its path. */
export interface LoadError {
  title: string;
  /** The URL or file name that failed. */
  location: string;
  problems: Problem[];
}

/** A `?data=` load some of whose rows could not be read: its good rows wait for the reader's word. */
export interface RejectedLoad {
  location: string;
  dataset: LoadedDataset;
  rejected: RejectedRow[];
  notes: KeyedText[];
}

/** The dataset on screen and the state of loading another. */
export interface DataSlice {
  /** 'report': a `?data=` load with rejected rows, shown as a report until its good rows are imported. */
  status: 'loading' | 'ready' | 'error' | 'report';
  progress: LoadProgress | null;
  dataset: LoadedDataset | null;
  /** `?data=` URL of the current dataset; null for the default one or a local file. */
  datasetUrl: string | null;
  /** The name of the local file on screen (opened from this device, so no URL can carry it); else null. */
  datasetName: string | null;
  /** True when the dataset on screen came from "Open data": its first view is the default one, not the URL's. */
  opened: boolean;
  loadError: LoadError | null;
  /** Set by the loader with status 'report'; the report's panel puts its dataset on screen. */
  rejectedLoad: RejectedLoad | null;
  /**
   * The dataset whose first frame is on screen (the lanes, or the reading list on a
   * phone); null until then. What is not needed to paint (the filters, the details,
   * the troop chart) waits for it, so its code is not fetched ahead of the lanes.
   */
  drawn: LoadedDataset | null;
  /** Called by the view that paints `dataset` first. */
  setDrawn: (dataset: LoadedDataset) => void;
  startLoading: (url: string | null) => void;
  setProgress: (progress: LoadProgress) => void;
  setDataset: (dataset: LoadedDataset) => void;
  setLoadError: (error: LoadError) => void;
  /** Shows a dataset the user opened (a file or an address), replacing the one on screen. */
  showOpened: (dataset: LoadedDataset, origin: { url: string | null; name: string | null }) => void;
}

export const createDataSlice: StateCreator<AppState, [], [], DataSlice> = (set) => ({
  status: 'loading',
  progress: null,
  dataset: null,
  datasetUrl: null,
  datasetName: null,
  opened: false,
  loadError: null,
  rejectedLoad: null,
  drawn: null,
  setDrawn: (drawn) => set((s) => (s.drawn === drawn ? s : { drawn })),
  startLoading: (url) => set({ status: 'loading', datasetUrl: url, datasetName: null, opened: false, progress: null, loadError: null }),
  setProgress: (progress) => set({ progress }),
  setDataset: (dataset) => set({ dataset, status: 'ready', progress: null, loadError: null }),
  setLoadError: (loadError) => set({ loadError, status: 'error', progress: null }),
  showOpened: (dataset, { url, name }) =>
    set({ dataset, status: 'ready', progress: null, loadError: null, datasetUrl: url, datasetName: name, opened: true }),
});
