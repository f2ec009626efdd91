import { shownSpan } from '../axis/shownSpan';
import type { LoadedDataset } from '../model/loadedDataset';
import type { layoutTimeline } from '../timeline/layoutTimeline';
import { useState } from 'react';
import { appStore } from '../store/appStore';
import { selectFilteredMask, selectVisibility } from '../store/visibility';
import { readThemeColors } from '../timeline/readThemeColors';
import { ownTitle } from '../i18n/localized';
import { eventsToJson } from './datasetJson';
import { eventsToCsv } from './eventsCsv';
import { shownEvents } from './shownEvents';
import { svgToPng } from './svgToPng';
import { viewPicture } from './viewPicture';
import { viewSvg } from './viewSvg';
import './export.css';
import { t } from '../i18n/export.en';

/** What the picture takes from the timeline's own modules (see ExportMenuProps.fromTimeline). */
export interface TimelineHelpers {
  actorColors: (dataset: LoadedDataset) => readonly string[];
  tickTimes: (domain: readonly [number, number], count: number) => number[];
  layoutTimeline: typeof layoutTimeline;
}

/** Props of ExportMenu. */
export interface ExportMenuProps {
  /** Where the data on screen came from: a URL or path a link can carry, or anything else (a local file). */
  dataLocation: string | null;
  /**
   * The lanes' colours, the axis ticks and the layout itself, as the timeline has them. Handed in by the
   * button, from the first page's own modules: importing those into this chunk made
   * the bundler split shared modules off the first page's entry (+0.3 to 1.7 KB).
   */
  fromTimeline: TimelineHelpers;
}

/** A file name from the dataset's title: "The US-led coalition…" -> "the-us-led-coalition-in-iraq-2014-2024". */
function baseName(title: string): string {
  return title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'timeline';
}

function download(data: BlobPart, type: string, name: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
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

/** Narrowest plot of an exported picture, px: a phone's view still makes a picture an article can use. */
const MIN_PICTURE_PLOT = 720;

/** The picture's source line: where the data is, or that it came from a file on this device. */
export function sourceLine(dataLocation: string | null, fileName: string | null, page: string): string {
  if (dataLocation && linkCarriesData(dataLocation)) {
    let where = dataLocation;
    try {
      where = new URL(dataLocation, page).href;
    } catch {
      // Keep it as written.
    }
    return t('exportSourcePublished', { where });
  }
  return t('exportSourceLocal', { file: fileName ?? t('exportAFile') });
}

/**
 * What the reader can take away: the events that pass the filters as CSV or as a
 * v1 JSON document that opens again, the view as an SVG or a PNG at twice its
 * size, and a link to the current view. Loaded only
 * when the Export button is first pressed.
 */
export default function ExportMenu({ dataLocation, fromTimeline }: ExportMenuProps) {
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);

  const exportEvents = async (kind: 'csv' | 'json') => {
    const state = appStore.getState();
    const visibility = selectVisibility(state, shownSpan.getState().settled);
    const dataset = state.dataset;
    if (!dataset || !visibility) return;
    setBusy(true);
    setMessage(t('exportPreparing', { count: visibility.shown }));
    try {
      const events = await shownEvents(dataset, visibility.mask);
      const name = baseName(ownTitle(dataset.meta));
      if (kind === 'csv') download(eventsToCsv(events, dataset.meta), 'text/csv;charset=utf-8', `${name}.csv`);
      else download(eventsToJson(events, dataset.meta), 'application/json', `${name}.json`);
      setMessage(t('exportSaved', { count: events.length, format: kind.toUpperCase() }));
    } catch (e) {
      setMessage(t('exportFailed', { error: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };

  const exportView = async (kind: 'svg' | 'png') => {
    const state = appStore.getState();
    const span = shownSpan.getState();
    const visibility = selectVisibility(state, span.settled);
    const mask = selectFilteredMask(state);
    const dataset = state.dataset;
    if (!dataset || !visibility || !mask) return;
    setBusy(true);
    setMessage(t('exportDrawing', { format: kind.toUpperCase() }));
    try {
      // The lanes as tall as on screen, the theme's colours as shown (light, dark or forced).
      const body = document.querySelector('.tl-body');
      const picture = viewPicture({
        dataset,
        mask,
        shown: visibility.shown,
        actors: visibility.lanes,
        domain: span.domain,
        plotWidth: Math.max(MIN_PICTURE_PLOT, Math.round(span.plotBox?.width ?? 0)),
        height: body?.clientHeight ?? 0,
        colors: readThemeColors(document.querySelector('.tl-canvas') ?? document.body),
        actorColors: fromTimeline.actorColors(dataset),
        tickTimes: fromTimeline.tickTimes,
        layoutTimeline: fromTimeline.layoutTimeline,
        source: sourceLine(dataLocation, state.datasetName, window.location.href),
      });
      const name = baseName(ownTitle(dataset.meta));
      if (kind === 'svg') download(viewSvg(picture).svg, 'image/svg+xml', `${name}.svg`);
      else download(await svgToPng(viewSvg(picture, { scale: 2 }).svg), 'image/png', `${name}.png`);
      setMessage(kind === 'svg' ? t('exportSavedSvg') : t('exportSavedPng'));
    } catch (e) {
      setMessage(t('exportFailed', { error: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };

  const copyLink = async () => {
    const carries = linkCarriesData(dataLocation);
    try {
      await navigator.clipboard.writeText(window.location.href);
      setMessage(t(carries ? 'exportLinkCopied' : 'exportLinkWithoutData'));
    } catch {
      setMessage(t('exportCopyRefused', { link: window.location.href }));
    }
  };

  return (
    <div className="export-menu" role="group" aria-label={t('export')}>
      <button type="button" disabled={busy} onClick={() => void exportEvents('csv')}>
        {t('exportCsv')}
      </button>
      <button type="button" disabled={busy} onClick={() => void exportEvents('json')}>
        {t('exportJson')}
      </button>
      <button type="button" disabled={busy} onClick={() => void exportView('svg')}>
        {t('exportViewSvg')}
      </button>
      <button type="button" disabled={busy} onClick={() => void exportView('png')}>
        {t('exportViewPng')}
      </button>
      <button type="button" onClick={() => void copyLink()}>
        {t('exportCopyLink')}
      </button>
      <p className="export-message" role="status">
        {message}
      </p>
    </div>
  );
}
