import { lazy, Suspense, useDeferredValue, useMemo, useRef, useState, type MouseEvent, type PointerEvent } from 'react';
import { resolveActorColors } from '../model/actorColors';
import type { LoadedDataset } from '../model/loadedDataset';
import { appStore, useAppStore } from '../store/appStore';
import { handleTimeKey } from '../axis/keymap';
import { shownSpan } from '../axis/shownSpan';
import { useTimeZoom } from '../axis/useTimeZoom';
import { useFilteredMask, useVisibility } from '../store/visibility';
import { createFrameStore } from './frameStore';
import { densityHit, hitTest } from './hitTest';
import { LaneHeaders } from './LaneHeaders';
import { laneTimesFor } from './laneTimes';
import { DEFAULT_LANE_METRICS, layoutLanes } from './layoutLanes';
import { Overview, OverviewPlaceholder } from './Overview';
import { TimelineAxis } from './TimelineAxis';
import { TimelineLegend } from './TimelineLegend';
import { TimelineMarks } from './TimelineMarks';
import { HoverTooltip } from './HoverTooltip';
import { useObservedSize } from '../ui/useElementSize';
import { useTimelineRenderer } from './useTimelineRenderer';
import { usePublishPlotBox } from './usePublishPlotBox';
import { useDeferredMount } from '../ui/useDeferredMount';
import { ZoomControls } from './ZoomControls';
import { zoomAround } from './zoomActions';
import './timeline.css';
import { t } from '../i18n/t';

/** The keyboard and screen-reader tree, fetched after the first frame with the summary and the Keys button (one chunk). */
const TimelineTree = lazy(() => import('./afterFirstFrame').then((m) => ({ default: m.TimelineTree })));
/** Only documents with periods (TimelineJS eras) fetch the band layer. */
const PeriodBands = lazy(() => import('./PeriodBands'));
/** The sentence before the timeline saying what it shows, from the same chunk. */
const ViewSummary = lazy(() => import('./afterFirstFrame').then((m) => ({ default: m.ViewSummary })));
/** The Keys button and `?` (the list of every key), from the same chunk; the list itself comes on the first press. */
const KeysHelp = lazy(() => import('./afterFirstFrame').then((m) => ({ default: m.KeysHelp })));

/** "Showing the 20 busiest of 701 actors" and its button: only files with many actors fetch it. */
const LaneCapControl = lazy(() => import('./LaneCapControl'));

/** Below this surface width lane headers move into their lanes. */
const NARROW_PX = 600;
const INLINE_HEADER_INSET = 15;
/** Below this width lane headers use a smaller type. */
const COMPACT_PX = 820;

const colorCache = new WeakMap<LoadedDataset, string[]>();
const actorColorsOf = (dataset: LoadedDataset) => {
  let colors = colorCache.get(dataset);
  if (!colors) colorCache.set(dataset, (colors = resolveActorColors(dataset.meta.actors)));
  return colors;
};

/** The central zoomable timeline: one lane per visible actor, an axis, controls and an overview. */
export function Timeline() {
  const dataset = useAppStore((s) => s.dataset);
  const visibility = useVisibility();
  const mask = useFilteredMask();
  if (!dataset || !visibility || !mask) {
    return (
      <div className="tl tl--empty" role="region" aria-label={t('timeline')} aria-busy="true">
        <p className="tl-empty-note">{t('loadingEvents')}</p>
      </div>
    );
  }
  return (
    <TimelineLanes dataset={dataset} mask={mask} lanes={visibility.lanes} actorCounts={visibility.actorCounts} visibleActors={visibility.visibleActors} />
  );
}

/** Props of TimelineLanes. */
interface TimelineLanesProps {
  dataset: LoadedDataset;
  mask: Uint8Array;
  /** Actor indices with a lane. */
  lanes: readonly number[];
  actorCounts: Uint32Array;
  /** Actors the filters leave visible; more than the lanes when only the busiest have one. */
  visibleActors: number;
}

/** The timeline of a loaded dataset: lanes, axis, marks, controls and overview. */
function TimelineLanes({ dataset, mask, lanes: visibleLanes, actorCounts, visibleActors }: TimelineLanesProps) {
  // Same lanes, same array: a settled window re-filters by date but must not re-lay the lanes.
  const laneKey = visibleLanes.join(',');
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const laneActors = useMemo(() => visibleLanes, [laneKey]);
  const surfaceRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const plotRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const contextRef = useRef<HTMLSpanElement>(null);
  const [frame] = useState(createFrameStore);
  const laneCap = useAppStore((s) => s.laneCap);
  // The tree's chunk is fetched after the first frame: it is not needed to paint. It and the
  // summary mount a frame after the filters and details (App), so each is a task of its own.
  // The overview (its histogram bins every shown row) mounts with the filters, a frame after the lanes.
  // The body's size comes from the ResizeObserver after the browser's own layout, not from a
  // layout forced in the commit that mounts the timeline (the data's first task): until then
  // the lanes are not drawn, and the rest follows the frame they are.
  const observed = useObservedSize(bodyRef);
  const measured = observed !== null;
  // After the lanes' first frame of this dataset, not only their size: that frame is laid out
  // in a task of its own first (useTimelineRenderer), and what mounts behind it, or the gestures'
  // code, must not be fetched ahead of it.
  const drawn = useAppStore((s) => s.drawn === dataset);
  const panelsFrame = useDeferredMount(measured && drawn);
  const treeReady = useDeferredMount(panelsFrame);
  // The tree, the summary and the overview's histogram follow a filter change in a render of their own, after the
  // lanes' new frame is painted (at 10^6 events each reads every shown row).
  // Deferred with its dataset: a new file's first render must not pair the new rows
  // and lanes with the old file's mask (a lane's first shown row was then never found).
  const deferred = useDeferredValue(useMemo(() => ({ dataset, mask }), [dataset, mask]));
  const deferredMask = deferred.dataset === dataset ? deferred.mask : mask;
  const actorColors = actorColorsOf(dataset);

  const { width: surfaceWidth, height: bodyHeight } = observed ?? { width: 0, height: 0 };
  const inline = measured && surfaceWidth < NARROW_PX;
  const headerWidth = inline ? 0 : Math.round(Math.min(200, Math.max(120, surfaceWidth * 0.16)));
  const plotWidth = Math.max(0, surfaceWidth - headerWidth);
  const minLaneHeight = DEFAULT_LANE_METRICS.minLaneHeight + (inline ? INLINE_HEADER_INSET : 0);
  const { lanes, totalHeight } = useMemo(() => {
    // Busy lanes get more rows: weight by how many shown events each holds.
    const weights = laneActors.map((a) => 1 + laneTimesFor(dataset.columns, dataset.index, a, mask).starts.length);
    return layoutLanes(laneActors, bodyHeight, { ...DEFAULT_LANE_METRICS, headerInset: inline ? INLINE_HEADER_INSET : 0 }, weights);
  }, [dataset, mask, laneActors, bodyHeight, inline]);

  useTimeZoom(plotRef, { x0: 0, x1: plotWidth, height: totalHeight }, drawn);
  usePublishPlotBox(plotRef, plotWidth);
  useTimelineRenderer(
    { canvas: canvasRef, context: contextRef },
    { dataset, mask, lanes, width: plotWidth, height: totalHeight, actorColors, frame },
  );

  const canvasHit = (e: PointerEvent | MouseEvent) => {
    const { layout } = frame.getState();
    const plot = plotRef.current;
    if (!layout || !plot || (e.target as Element).closest('[data-tl-interactive]')) return null;
    const box = plot.getBoundingClientRect();
    return hitTest(layout, lanes, e.clientX - box.left, e.clientY - box.top);
  };
  const densityUnder = (e: PointerEvent | MouseEvent) => {
    const { layout } = frame.getState();
    const plot = plotRef.current;
    if (!layout || !plot || !layout.density.length) return null;
    const box = plot.getBoundingClientRect();
    return densityHit(layout, lanes, shownSpan.getState().domain, plotWidth, e.clientX - box.left, e.clientY - box.top);
  };
  const onPointerMove = (e: PointerEvent) => {
    if (e.buttons || (e.target as Element).closest('[data-tl-interactive]')) return;
    const hit = canvasHit(e);
    const dense = hit ? null : densityUnder(e);
    plotRef.current?.classList.toggle('is-over-mark', hit !== null);
    plotRef.current?.classList.toggle('is-over-density', dense !== null && dense.count > 0);
    const row = hit ? hit.row : -1;
    if (row !== appStore.getState().hoveredRow) appStore.getState().setHoveredRow(row);
    const { hover, densityHover } = frame.getState();
    const nextHover = hit ? { row: hit.row, laneSlot: hit.laneSlot } : null;
    const sameHover = (hover?.row ?? -1) === row && hover?.laneSlot === nextHover?.laneSlot;
    const nextDensity = dense && dense.count > 0 ? dense : null;
    const sameDensity = densityHover?.x0 === nextDensity?.x0 && densityHover?.laneSlot === nextDensity?.laneSlot;
    if (!sameHover || !sameDensity) frame.setState({ hover: sameHover ? hover : nextHover, densityHover: sameDensity ? densityHover : nextDensity });
  };
  const onPointerLeave = () => {
    const { hover, densityHover } = frame.getState();
    if (hover || densityHover) frame.setState({ hover: null, densityHover: null });
    if (appStore.getState().hoveredRow !== -1) appStore.getState().setHoveredRow(-1);
  };
  const onPlotClick = (e: MouseEvent) => {
    const hit = canvasHit(e);
    if (hit) {
      appStore.getState().select(dataset.text.id(hit.row));
      return;
    }
    // A click on a density strip zooms in on that stretch.
    const dense = densityUnder(e);
    if (dense && dense.count > 0) zoomAround((dense.t0 + dense.t1) / 2, 4);
  };

  return (
    <div className={inline ? 'tl tl--inline' : measured && surfaceWidth < COMPACT_PX ? 'tl tl--compact' : 'tl'}>
      {treeReady && (
        <Suspense fallback={null}>
          <ViewSummary dataset={dataset} mask={deferredMask} />
        </Suspense>
      )}
      <div className="tl-toolbar">
        <ZoomControls />
        {treeReady && (
          <Suspense fallback={null}>
            <KeysHelp />
          </Suspense>
        )}
        <span className="tl-context" ref={contextRef} aria-hidden="true" />
        <TimelineLegend />
      </div>
      {visibleActors > laneCap && (
        <Suspense fallback={null}>
          <LaneCapControl visibleActors={visibleActors} />
        </Suspense>
      )}
      <div
        ref={surfaceRef}
        className="tl-surface"
        role="region"
        aria-label={t('timeline')}
        onKeyDown={(e) => handleTimeKey(e)}
      >
        <div className="tl-axis-row" style={{ paddingInlineStart: headerWidth }}>
          <TimelineAxis frame={frame} width={plotWidth} />
        </div>
        <div ref={bodyRef} className="tl-body" style={{ minHeight: `min(${Math.round(laneActors.length * minLaneHeight * 1.25)}px, 80vh)` }}>
          {/* Inside the scrolling body: the tree keeps it keyboard-reachable and scrolls the focused lane into view. */}
          {treeReady && (
            <Suspense fallback={null}>
              <TimelineTree dataset={dataset} mask={deferredMask} lanes={lanes} plotWidth={plotWidth} left={headerWidth} />
            </Suspense>
          )}
          <div className="tl-lanes" style={{ height: totalHeight }}>
            {measured && <LaneHeaders lanes={lanes} actors={dataset.meta.actors} colors={actorColors} counts={actorCounts} inline={inline} width={headerWidth} />}
            <div
              ref={plotRef}
              className="tl-plot"
              style={{ insetInlineStart: headerWidth, width: plotWidth, height: totalHeight }}
              onPointerMove={onPointerMove}
              onPointerLeave={onPointerLeave}
              onClick={onPlotClick}
            >
              {dataset.meta.periods && (
                <Suspense fallback={null}>
                  <PeriodBands periods={dataset.meta.periods} width={plotWidth} />
                </Suspense>
              )}
              <canvas ref={canvasRef} className="tl-canvas" style={{ width: plotWidth, height: totalHeight }} aria-hidden="true" />
              <TimelineMarks
                frame={frame}
                dataset={dataset}
                actorColors={actorColors}
                width={plotWidth}
                height={totalHeight}
              />
              <HoverTooltip frame={frame} dataset={dataset} width={plotWidth} />
            </div>
            {laneActors.length === 0 && <p className="tl-empty-note">{t('noLanes')}</p>}
          </div>
        </div>
      </div>
      {panelsFrame ? (
        <Overview columns={dataset.columns} mask={deferredMask} width={plotWidth} left={headerWidth} />
      ) : (
        <OverviewPlaceholder width={plotWidth} left={headerWidth} />
      )}
    </div>
  );
}
