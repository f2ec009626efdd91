import { shownSpan } from '../axis/shownSpan';
import { useState } from 'react';
import { appStore } from '../store/appStore';
import { selectVisibility } from '../store/visibility';
import { eventsToJson } from './datasetJson';
import { eventsToCsv } from './eventsCsv';
import { shownEvents } from './shownEvents';
import './export.css';

/** Props of ExportMenu. */
export interface ExportMenuProps {
  /** Where the data on screen came from: a URL or path a link can carry, or anything else (a local file). */
  dataLocation: string | null;
}

/** A file name from the dataset's title: "The US-led coalition…" -> "the-us-led-coalition-in-iraq-2014-2024". */
function baseName(title: string): string {
  return title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'timeline';
}

function download(text: string, type: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Whether a link can reopen this data: the default data, a path on this site, or an http(s) URL. */
export function linkCarriesData(location: string | null): boolean {
  if (location === null) return false;
  return /^https?:\/\//i.test(location) || location.startsWith('/') || location.startsWith('./') || location.startsWith('data/');
}

/**
 * What the reader can take away: the events that pass the filters as CSV or as a
 * v1 JSON document that opens again, and a link to the current view. Loaded only
 * when the Export button is first pressed.
 */
export default function ExportMenu({ dataLocation }: ExportMenuProps) {
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);

  const exportEvents = async (kind: 'csv' | 'json') => {
    const state = appStore.getState();
    const visibility = selectVisibility(state, shownSpan.getState().settled);
    const dataset = state.dataset;
    if (!dataset || !visibility) return;
    setBusy(true);
    setMessage(`Preparing ${visibility.shown.toLocaleString('en')} events…`);
    try {
      const events = await shownEvents(dataset, visibility.mask);
      const name = baseName(dataset.meta.title);
      if (kind === 'csv') download(eventsToCsv(events, dataset.meta), 'text/csv;charset=utf-8', `${name}.csv`);
      else download(eventsToJson(events, dataset.meta), 'application/json', `${name}.json`);
      setMessage(`Saved ${events.length.toLocaleString('en')} events as ${kind.toUpperCase()}.`);
    } catch (e) {
      setMessage(`The export failed: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  };

  const copyLink = async () => {
    const carries = linkCarriesData(dataLocation);
    try {
      await navigator.clipboard.writeText(window.location.href);
      setMessage(
        carries
          ? 'Link to this view copied.'
          : 'Link copied, but it cannot carry the data: it came from a file on this device. Share the file too, or put it online and open it by its address.',
      );
    } catch {
      setMessage(`The browser did not allow copying. The link is: ${window.location.href}`);
    }
  };

  return (
    <div className="export-menu" role="group" aria-label="Export">
      <button type="button" disabled={busy} onClick={() => void exportEvents('csv')}>
        Events as CSV
      </button>
      <button type="button" disabled={busy} onClick={() => void exportEvents('json')}>
        Events as JSON
      </button>
      <button type="button" onClick={() => void copyLink()}>
        Copy link
      </button>
      <p className="export-message" role="status">
        {message}
      </p>
    </div>
  );
}
