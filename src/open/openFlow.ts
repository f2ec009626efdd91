import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ColumnMapping, FormatId, RejectedRow } from '../io/formats/importFormat';
import { t } from '../i18n/open.en';
import { problemMessage } from '../i18n/problemText';
import { fetchFailure, notAllowed } from '../io/failureMessages';
import { DatasetLoadError, isAbort, isAllowedUrl, type DatasetSource } from '../io/loadErrors';
import type { LoadProgress } from '../io/loadProgress';
import type { SniffResult } from '../io/loadSequence';
import { createLoadWorker, openDataset } from '../load/loadDataset';
import { adoptWorker, sniffInWorker, type LoadOutcome, type WorkerLike } from '../load/parseInWorker';
import type { Problem } from '../model/types';
import type { AppState } from '../store/appState';
import { recalledMapping, rememberMapping } from './mappingMemory';
import { keepRecent, listRecent, RecentStorageError, type RecentEntry } from './recentFiles';

/** Where an open stands; the dialog draws one step at a time. */
export type OpenStep =
  | { step: 'choose' }
  | { step: 'reading'; name: string; progress: LoadProgress | null }
  | { step: 'mapping'; name: string; sniff: SniffResult; mapping: ColumnMapping }
  | { step: 'report'; name: string; outcome: LoadOutcome }
  | { step: 'failed'; name: string; title: string; problems: Problem[] };

/** The open dialog's state: the step, the format menu, the Recent list and a note about storage. */
export interface OpenState {
  current: OpenStep;
  /** The format the user picked instead of the detected one; null = detect. */
  format: FormatId | null;
  /** The format the sniff found (or was told), shown beside the override. */
  detected: FormatId | null;
  recent: RecentEntry[];
  /** Why the file was not kept under Recent (a full storage quota), when it was not. */
  storageNote: string | null;
}

/** A source as the open flow has it: where it came from and what to call it. */
export type OpenSource = ({ url: string } | { file: Blob }) & { name: string };

/** What the dialog can ask of the flow. */
export interface OpenFlow {
  state: StoreApi<OpenState>;
  open(source: OpenSource): Promise<void>;
  /** Reads the last file again as another format (or detected, for null). */
  setFormat(format: FormatId | null): void;
  confirmMapping(mapping: ColumnMapping): Promise<void>;
  /** Shows the good rows of a file with rejected rows. */
  importGoodRows(): void;
  /** Stops the read in progress (or drops a finished one not yet shown); the data on screen stays. */
  cancel(): void;
  refreshRecent(): Promise<void>;
}

/**
 * Opening a file or an address, step by step: read and sniff in a fresh worker,
 * confirm a column mapping when the format needs one, parse, show the rows left
 * out, then put the dataset on screen. Nothing touches the dataset on screen until
 * the last step: a failure or a cancel leaves it as it was. A second open cancels
 * the first (its worker is ended).
 */
export function createOpenFlow(app: StoreApi<AppState>, onShown: () => void = () => {}): OpenFlow {
  const state = createStore<OpenState>(() => ({ current: { step: 'choose' }, format: null, detected: null, recent: [], storageNote: null }));
  let run: { controller: AbortController; worker: WorkerLike | null; source: OpenSource } | null = null;
  let last: OpenSource | null = null;
  const set = (current: OpenStep) => state.setState({ current });

  const end = () => {
    run?.controller.abort(new DOMException('Another file was opened', 'AbortError'));
    run?.worker?.terminate();
    run = null;
  };

  const fail = (source: OpenSource, error: unknown) => {
    if (isAbort(error)) return;
    run?.worker?.terminate();
    const { name } = source;
    // A server's refusal or a network failure, in the words the ?data= load uses.
    const known = error instanceof DatasetLoadError ? error : 'url' in source && error instanceof Error && error.name !== 'WorkerCrashError' ? fetchFailure(error, source.url) : null;
    const { title, problems } = known ?? {
      title: t('openCouldNotOpen'),
      problems: [{ path: '(file)', message: error instanceof Error ? error.message : String(error) }],
    };
    set({ step: 'failed', name, title, problems });
  };

  const progress = (name: string) => (p: LoadProgress) => {
    const now = state.getState().current;
    if (now.step === 'reading') set({ step: 'reading', name, progress: p });
  };

  async function parse(mapping?: ColumnMapping) {
    const r = run;
    if (!r?.worker) return;
    const { name } = r.source;
    set({ step: 'reading', name, progress: null });
    try {
      const format = state.getState().detected ?? undefined;
      const outcome = await openDataset({ staged: true, name }, progress(name), r.controller.signal, { format, mapping }, r.worker, false);
      if (r !== run) return;
      if (outcome.rejected.length > 0) set({ step: 'report', name, outcome });
      else show(outcome);
    } catch (error) {
      if (r === run) fail(r.source, error);
    }
  }

  function show(outcome: LoadOutcome) {
    const r = run;
    if (!r?.worker) return;
    adoptWorker(r.worker);
    const url = 'url' in r.source ? r.source.url : null;
    app.getState().showOpened(outcome.dataset, { url, name: url ? null : r.source.name });
    run = null;
    set({ step: 'choose' });
    onShown();
    if ('file' in r.source) {
      const { file, name } = r.source;
      keepRecent(file, { name, size: file.size, events: outcome.dataset.columns.count, openedAt: Date.now() }).then(
        (recent) => state.setState({ recent, storageNote: null }),
        (error: unknown) => state.setState({ storageNote: error instanceof RecentStorageError ? error.message : String(error) }),
      );
    }
  }

  async function open(source: OpenSource) {
    end();
    last = source;
    const controller = new AbortController();
    const r = { controller, worker: null as WorkerLike | null, source };
    run = r;
    set({ step: 'reading', name: source.name, progress: null });
    try {
      if ('url' in source && !isAllowedUrl(source.url)) throw notAllowed(source.url);
      r.worker = await createLoadWorker();
      const chosen = state.getState().format ?? undefined;
      const input: DatasetSource = 'url' in source ? { url: source.url } : { file: source.file, name: source.name };
      const sniff = await sniffInWorker(r.worker, input, progress(source.name), controller.signal, chosen);
      if (r !== run) return;
      state.setState({ detected: sniff.format });
      if (sniff.problems) throw new DatasetLoadError(sniff.title ? problemMessage(sniff.title) : t('openCouldNotRead'), source.name, sniff.problems);
      if (sniff.needsMapping && sniff.preview) {
        const mapping = recalledMapping(sniff.preview.columns) ?? sniff.preview.guessedMapping;
        if (mapping) return set({ step: 'mapping', name: source.name, sniff, mapping });
        return set({ step: 'mapping', name: source.name, sniff, mapping: { date: sniff.preview.columns[0] ?? '', title: sniff.preview.columns[1] ?? '' } });
      }
      await parse();
    } catch (error) {
      if (r === run) fail(source, error);
    }
  }

  return {
    state,
    open,
    setFormat(format) {
      state.setState({ format });
      if (last && state.getState().current.step !== 'choose') void open(last);
    },
    async confirmMapping(mapping) {
      const now = state.getState().current;
      if (now.step === 'mapping' && now.sniff.preview) rememberMapping(now.sniff.preview.columns, mapping);
      await parse(mapping);
    },
    importGoodRows() {
      const now = state.getState().current;
      if (now.step === 'report') show(now.outcome);
    },
    cancel() {
      end();
      set({ step: 'choose' });
    },
    async refreshRecent() {
      state.setState({ recent: await listRecent() });
    },
  };
}

/** Row counts and rejected rows, for the report's headline. */
export const rejectedSummary = (rows: readonly RejectedRow[]) => new Set(rows.map((r) => r.row)).size;
