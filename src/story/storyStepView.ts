import type { ShownSpanStore, Span } from '../axis/shownSpan';
import type { DatedMoment } from '../model/durationWords';
import { PRECISION_CODES } from '../model/eventColumns';
import type { LoadedDataset } from '../model/loadedDataset';
import { parsePartialDate } from '../model/partialDate';
import type { StoryStep } from '../model/types';
import type { AppStore } from '../store/appStore';
import { EMPTY_FILTERS, type Filters } from '../store/filterSlice';

const DAY = 86_400_000;
/** Narrowest surroundings shown around an event: about four months, so its neighbours are in view. */
const MIN_SURROUNDINGS_MS = 120 * DAY;
/** Room either side of a date-range step, as a fraction of the range. */
const RANGE_MARGIN = 0.08;

/** What a story step shows: the span, the selected event and the filters. */
export interface StoryStepView {
  span: Span;
  selectedId: string | null;
  filters: Filters;
}

/** The row of a step's event, or -1 for a date-range step. */
export const stepRow = (step: StoryStep, dataset: LoadedDataset) => (step.event ? dataset.text.indexOf(step.event) : -1);

/** The span around [start, end): three times the event's length, at least MIN_SURROUNDINGS_MS, centred on it. */
export function surroundings(start: number, end: number): Span {
  const width = Math.max((end - start) * 3, MIN_SURROUNDINGS_MS);
  const centre = (start + end) / 2;
  return [centre - width / 2, centre + width / 2];
}

/**
 * From the start of `from` to the end of `to` (or of `from`), open ends taking `whole`'s:
 * as dateRange.ts's rangeToSpan, written here because importing that module pulls the
 * shared modules out of the first page's chunk (rolldown's chunking) at a cost of ~1 KB.
 */
function rangeSpan(from: string | undefined, to: string | undefined, whole: Span): Span {
  const start = (from ? parsePartialDate(from)?.start : undefined) ?? whole[0];
  const end = (to ? parsePartialDate(to)?.end : undefined) ?? whole[1];
  return end > start ? [start, end] : whole;
}

/** The view a step asks for; its `view` overrides the span around its event or range, and names the filters. */
export function storyStepView(step: StoryStep, dataset: LoadedDataset): StoryStepView {
  const row = stepRow(step, dataset);
  let span: Span;
  if (step.view?.from || step.view?.to) span = rangeSpan(step.view.from, step.view.to, dataset.stats().span);
  else if (row >= 0) span = surroundings(dataset.columns.start[row], dataset.columns.end[row]);
  else {
    const [a, b] = rangeSpan(step.from, step.to, dataset.stats().span);
    const margin = (b - a) * RANGE_MARGIN;
    span = [a - margin, b + margin];
  }
  return {
    span,
    selectedId: row >= 0 ? (step.event ?? null) : null,
    filters: { ...EMPTY_FILTERS, actors: step.view?.actors ?? null, categories: step.view?.categories ?? null },
  };
}

/** When a step happens, as precisely as its data says: the event's date, or the range's start. */
export function stepMoment(step: StoryStep, dataset: LoadedDataset): DatedMoment | null {
  const row = stepRow(step, dataset);
  if (row >= 0) return { at: dataset.columns.start[row], precision: PRECISION_CODES[dataset.columns.precision[row]] };
  const from = step.from ? parsePartialDate(step.from) : null;
  return from ? { at: from.start, precision: from.precision } : null;
}

/**
 * Shows a step: its filters and selection in one store update, then its span in one
 * call to the span's owner, easing there when `animate` (instant under reduced motion).
 * Returns the selection it made.
 */
export function applyStoryStep(store: AppStore, span: ShownSpanStore, dataset: LoadedDataset, step: StoryStep, animate: boolean): string | null {
  const view = storyStepView(step, dataset);
  store.setState({ filters: view.filters, selectedId: view.selectedId });
  span.getState().show(view.span, { animate });
  return view.selectedId;
}
