import { useEffect, useId, useRef, useState, useSyncExternalStore } from 'react';
import { useStore } from 'zustand';
import { splitAt } from '../i18n/catalogue';
import { numberFormat } from '../i18n/format';
import { localDayAndTime } from '../i18n/formatDate';
import { t as tImports } from '../i18n/imports.en';
import { t } from '../i18n/open.en';
import { ProblemPath } from '../ui/ProblemPath';
import { problemMessage } from '../i18n/problemText';
import type { FormatId } from '../io/formats/importFormat';
import { FORMAT_NAME_VALUES, FORMATS, formatEntry } from '../io/formats/registry';
import { appStore } from '../store/appStore';
import { openRequest } from '../ui/openRequest';
import { MappingStep } from './MappingStep';
import { createOpenFlow, type OpenFlow } from './openFlow';
import { deleteRecent, recentFile } from './recentFiles';
import { RejectedReport } from './RejectedReport';
import './open.css';
import { CloseButton } from '../ui/CloseButton';

/** Each format's name in the override menu, in the reader's language (the names messages use too). */
const formatName = (id: FormatId) => {
  const entry = formatEntry(id);
  return entry ? tImports(entry.name, FORMAT_NAME_VALUES) : id;
};

/** One flow per page: a second open from anywhere cancels the first. */
let flow: OpenFlow | null = null;
const theFlow = () => (flow ??= createOpenFlow(appStore, () => openRequest.setState({ open: false })));

const KB = 1024;
const when = (ms: number) => t('openRecentWhen', localDayAndTime(ms));
const size = (bytes: number) =>
  bytes < KB
    ? t('sizeBytes', { count: bytes })
    : bytes < KB * KB
      ? t('sizeKilobytes', { size: numberFormat({ maximumFractionDigits: 0 }).format(bytes / KB) })
      : t('sizeMegabytes', { size: numberFormat({ minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(bytes / KB / KB) });

/** The progress of a read: bytes, then rows or events, with a bar when the fraction is known. */
function Progress({ name, progress }: { name: string; progress: import('../io/loadProgress').LoadProgress | null }) {
  const fraction = progress?.fraction ?? null;
  const bytes = progress?.bytes;
  const total = bytes?.total ? size(bytes.total) : null;
  const received = size(bytes?.received ?? 0);
  const words = !progress
    ? t('openStarting')
    : progress.phase === 'fetch'
      ? t(total ? 'openReadingBytesOf' : 'openReadingBytes', { received, total: total ?? '' })
      : progress.phase === 'parse'
        ? t(total ? 'openReadingRowsOf' : 'openReadingRows', { count: progress.rows ?? progress.events, received, total: total ?? '' })
        : t('openBuilding', { count: progress.events });
  const [before, after] = splitAt(t('openOpening'), 'name');
  return (
    <div className="open-progress">
      <p>
        {before}
        <strong>{name}</strong>
        {after}
      </p>
      <progress max={1} value={fraction ?? undefined} aria-label={t('openOpening', { name })} />
      <p className="muted" aria-live="polite">
        {words}
      </p>
    </div>
  );
}

/**
 * The "Open data" dialog: a file (button or drop), an address, or a recent file;
 * the format detected from the content with a menu to say otherwise; then the
 * mapping, the progress with Cancel, the rows left out, or why the file failed.
 * Whatever happens here, the data on screen stays until a file is ready to replace it.
 */
export function OpenData() {
  const request = useStore(openRequest);
  const f = theFlow();
  const state = useSyncExternalStore(f.state.subscribe, f.state.getState);
  const dialog = useRef<HTMLDialogElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const [url, setUrl] = useState('');
  const headingId = useId();
  const formatId = useId();
  const urlId = useId();
  const { current } = state;

  // A file handed over from the page (a drop, the header's input) is opened at once.
  useEffect(() => {
    if (!request.file) return;
    const file = request.file;
    openRequest.setState({ file: null });
    void f.open({ file, name: file.name });
  }, [request.file, f]);

  useEffect(() => {
    void f.refreshRecent();
  }, [f]);

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (request.open && !d.open) {
      if (typeof d.showModal === 'function') d.showModal();
      else d.setAttribute('open', '');
    } else if (!request.open && d.open) {
      if (typeof d.close === 'function') d.close();
      else d.removeAttribute('open');
    }
  }, [request.open]);

  // Closing drops whatever is half done (a read, a mapping, a report): the data on screen stays.
  const close = () => {
    if (current.step !== 'choose') f.cancel();
    openRequest.setState({ open: false });
  };

  const format = (
    <div className="field open-format">
      <label htmlFor={formatId}>{t('openFormat')}</label>
      <select id={formatId} value={state.format ?? ''} onChange={(e) => f.setFormat((e.target.value || null) as typeof state.format)}>
        <option value="">
          {state.detected && !state.format
            ? t('openDetected', { format: formatName(state.detected) })
            : t('openDetect')}
        </option>
        {FORMATS.map((x) => (
          <option key={x.id} value={x.id}>
            {tImports(x.name, FORMAT_NAME_VALUES)}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <>
      {request.dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <p>{t('openDrop')}</p>
        </div>
      )}
      <dialog
        ref={dialog}
        className="open-dialog"
        aria-labelledby={headingId}
        onCancel={(e) => {
          e.preventDefault();
          close();
        }}
      >
        <div className="open-head">
          <h2 id={headingId}>{t('openData')}</h2>
          <CloseButton label={t('close')} onClick={close} />
        </div>

        {current.step === 'choose' && (
          <div className="open-choose">
            <p>{t('openIntro')}</p>
            <div className="button-row">
              <button type="button" className="button button-primary" onClick={() => fileInput.current?.click()}>
                {t('openChooseFile')}
              </button>
              <span className="muted">{t('openOrDrop')}</span>
            </div>
            <input
              ref={fileInput}
              type="file"
              hidden
              aria-label={t('openFileInput')}
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = '';
                if (file) void f.open({ file, name: file.name });
              }}
            />
            <form
              className="open-url"
              onSubmit={(e) => {
                e.preventDefault();
                const address = url.trim();
                if (address) void f.open({ url: address, name: address });
              }}
            >
              <label htmlFor={urlId}>{t('openAddress')}</label>
              <div className="open-url-row">
                <input id={urlId} type="url" inputMode="url" placeholder={t('openAddressExample')} value={url} onChange={(e) => setUrl(e.target.value)} />
                <button type="submit" className="button">
                  {t('open')}
                </button>
              </div>
            </form>
            {format}
            {state.storageNote && (
              <p className="field-error" role="alert">
                {state.storageNote}
              </p>
            )}
            {state.recent.length > 0 && (
              <section aria-labelledby={`${headingId}-recent`}>
                <h3 id={`${headingId}-recent`}>{t('openRecent')}</h3>
                <ul className="open-recent">
                  {state.recent.map((r) => (
                    <li key={r.id}>
                      <button
                        type="button"
                        className="link-button"
                        onClick={async () => {
                          const blob = await recentFile(r.id);
                          if (blob) void f.open({ file: blob, name: r.name });
                        }}
                      >
                        {r.name}
                      </button>
                      <span className="muted">
                        {t('openRecentEntry', { size: size(r.size), count: r.events, when: when(r.openedAt) })}
                      </span>
                      <button
                        type="button"
                        className="button-quiet"
                        aria-label={t('openDeleteRecent', { name: r.name })}
                        onClick={async () => f.state.setState({ recent: await deleteRecent(r.id) })}
                      >
                        {t('delete')}
                      </button>
                    </li>
                  ))}
                </ul>
              </section>
            )}
          </div>
        )}

        {current.step === 'reading' && (
          <>
            <Progress name={current.name} progress={current.progress} />
            <div className="button-row">
              <button type="button" className="button" onClick={() => f.cancel()}>
                {t('cancel')}
              </button>
            </div>
          </>
        )}

        {current.step === 'mapping' && current.sniff.preview && (
          <>
            {format}
            <MappingStep
              name={current.name}
              sniff={{ ...current.sniff, preview: current.sniff.preview }}
              mapping={current.mapping}
              onConfirm={(m) => void f.confirmMapping(m)}
              onCancel={() => f.cancel()}
            />
          </>
        )}

        {current.step === 'report' && (
          <RejectedReport name={current.name} outcome={current.outcome} onImport={() => f.importGoodRows()} onCancel={() => f.cancel()} />
        )}

        {current.step === 'failed' && (
          <div className="open-failed" role="alert">
            <h3>{current.title}</h3>
            <p>
              {t('openFile')} <code>{current.name}</code>
            </p>
            <ul className="problem-list">
              {current.problems.slice(0, 50).map((p, i) => (
                <li key={i}>
                  {p.path && <ProblemPath path={p.path} />}
                  {p.path && ': '}
                  {problemMessage(p)}
                </li>
              ))}
            </ul>
            <p className="muted">{t('openUnchanged')}</p>
            {format}
            <div className="button-row">
              <button type="button" className="button button-primary" onClick={() => f.cancel()}>
                {t('openChooseAnother')}
              </button>
            </div>
          </div>
        )}
      </dialog>
    </>
  );
}
