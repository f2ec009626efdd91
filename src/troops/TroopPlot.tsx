import { lazy, Suspense, useId, useLayoutEffect, useMemo, useRef, useState, type PointerEvent } from 'react';
import type { Series, Source } from '../model/types';
import { timeScale } from '../axis/timeScale';
import { shownSpan, type Span } from '../axis/shownSpan';
import { useQuietDomain } from '../axis/useQuietDomain';
import { useTimeZoom } from '../axis/useTimeZoom';
import { describePoint } from './describePoint';
import { groupPanels } from './groupPanels';
import { layoutSeries } from './layoutSeries';
import { MarkerShape } from './MarkerShape';
import { PeriodWhisker } from './PeriodWhisker';
import { segmentDash, seriesStyle } from './seriesStyle';
import { PANEL_SIZES, stackPanels } from './stackPanels';
import { TimeAxis } from './TimeAxis';
import type { PointRef, TimedSeries } from './timedSeries';
import type { PlotPlacement } from './useAlignedPlot';
import { ValueAxis } from './ValueAxis';
import { wrapWords } from './wrapWords';
import { yScaleFor } from './yScaleFor';
import { local } from '../i18n/localized';
import { useOnScreen } from '../ui/useOnScreen';
import { t } from '../i18n/troops.en';

/** What shows on hover or on a figure picked in the tree: fetched the first time, like the timeline's tooltip. */
const SeriesTooltip = lazy(() => import('./SeriesTooltip').then((m) => ({ default: m.SeriesTooltip })));
const CrosshairReadout = lazy(() => import('./CrosshairReadout').then((m) => ({ default: m.CrosshairReadout })));

/** Props of {@link TroopPlot}. */
export interface TroopPlotProps {
  series: readonly Series[];
  /** `series` placed in time, same order. */
  timed: readonly TimedSeries[];
  sources: ReadonlyMap<string, Source>;
  hidden: readonly string[];
  /** Width available, px. */
  width: number;
  /** Where the plot sits within `width`: lined up with the timeline's plot. */
  placement: PlotPlacement;
  /** The figure the chart's tree has focus on (ringed, with the crosshair at its date). */
  focusedPoint?: PointRef | null;
  /** The figure picked in the tree: its tooltip stays open. */
  selected?: PointRef | null;
}

const sameRef = (a: PointRef | null, b: PointRef | null) => !!a && !!b && a.s === b.s && a.i === b.i;

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Panel titles of the units the catalogue knows; another unit's panel is titled with the unit, translated where the dataset does. */
const PANEL_TITLE: Record<string, 'troopsPanelTroops' | 'troopsPanelAttacks'> = { troops: 'troopsPanelTroops', attacks: 'troopsPanelAttacks' };
const unitTitle = (s: Series): string => (Object.hasOwn(PANEL_TITLE, s.unit) ? t(PANEL_TITLE[s.unit]) : capitalise(local(s, 'unit')));

/** Widest average character of a panel title (12 px semibold), so wrapped lines never overrun. */
const TITLE_CHAR_PX = 7;

/**
 * How far past the plot, in plot widths, positions are kept exact: a gesture moves the
 * drawn chart by a transform until it settles, and zooming out by a transform shows
 * that much more of what was laid out (the extent caps how far out a gesture goes).
 */
const FOLLOW_MARGIN = 32;

/**
 * Moves what the chart drew for `drawn` to where `domain` puts it, without React:
 * a gesture frame sets one transform per layer (lines, markers, time axis: x' = k·x + tx)
 * and one custom property that keeps marker glyphs and tick labels unstretched, and
 * hides the time ticks it moves off the plot. The next render (when the span settles)
 * puts everything back in place for its own span.
 */
function followSpan(svg: SVGSVGElement, drawn: Span, domain: Span, plotW: number): void {
  const k = (drawn[1] - drawn[0]) / (domain[1] - domain[0]);
  const tx = ((drawn[0] - domain[0]) / (domain[1] - domain[0])) * plotW;
  svg.classList.add('is-following');
  svg.style.setProperty('--troops-unscale', String(1 / k));
  for (const layer of svg.querySelectorAll('.troops-follow')) layer.setAttribute('transform', `translate(${tx},0) scale(${k},1)`);
  for (const tick of svg.querySelectorAll<SVGGElement>('.troops-follow .tick')) {
    const at = k * Number(tick.dataset.at) + tx;
    tick.style.visibility = at < 0 || at > plotW ? 'hidden' : '';
  }
}

/** Undoes {@link followSpan}: the render that just happened drew the chart for the span shown. */
function unfollow(svg: SVGSVGElement): void {
  if (!svg.classList.contains('is-following')) return;
  svg.classList.remove('is-following');
  svg.style.removeProperty('--troops-unscale');
  for (const layer of svg.querySelectorAll('.troops-follow')) layer.removeAttribute('transform');
  for (const tick of svg.querySelectorAll<SVGGElement>('.troops-follow .tick')) tick.style.visibility = '';
}

/**
 * The stacked step-line panels on the shared time axis, with markers, crosshair and
 * tooltip. Follows the shown span and moves it with the same gestures as the
 * timeline (d3-zoom); the keyboard reaches it through the chart's tree (ChartTree),
 * whose focused and picked figures it draws.
 */
export function TroopPlot({ series, timed, sources, hidden, width, placement, focusedPoint = null, selected = null }: TroopPlotProps) {
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const svgRef = useRef<SVGSVGElement>(null);
  const { left: marginLeft, width: plotW } = placement;
  // The chart renders for the settled span; gesture frames move what it drew (followSpan).
  const drawn = useRef<Span | null>(null);
  // Below the fold (where a 1280x800 window puts it) the chart is not moved frame by frame: that
  // was a style pass over its few hundred nodes in every gesture frame, for nothing on screen.
  const onScreen = useOnScreen(svgRef, () => {
    // Scrolled into view while the span moves: catch up with what is shown now.
    const now = shownSpan.getState().domain;
    const from = drawn.current;
    if (svgRef.current && from && (now[0] !== from[0] || now[1] !== from[1])) followSpan(svgRef.current, from, now, plotW);
  });
  const domain = useQuietDomain((next) => {
    if (svgRef.current && drawn.current && onScreen.current) followSpan(svgRef.current, drawn.current, next, plotW);
  });
  useLayoutEffect(() => {
    drawn.current = domain;
    if (svgRef.current) unfollow(svgRef.current);
  });

  const [pointerT, setPointerT] = useState<number | null>(null);
  const [hovered, setHovered] = useState<PointRef | null>(null);

  const x = useMemo(() => timeScale(domain, [0, plotW]), [domain, plotW]);
  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    // While a drag pans the chart the crosshair would only chase the pointer.
    if (e.buttons) return setPointerT(null);
    setPointerT(+x.invert(e.clientX - e.currentTarget.getBoundingClientRect().left - marginLeft));
  };

  const panels = useMemo(() => groupPanels(series), [series]);
  const titles = useMemo(
    () =>
      panels.map((panel) =>
        wrapWords(panel.main || panel.series.length > 1 ? unitTitle(series[panel.series[0]]) : series[panel.series[0]].name, (width - 8) / TITLE_CHAR_PX),
      ),
    [panels, series, width],
  );
  const { boxes, height } = useMemo(() => stackPanels(panels, titles.map((t) => t.length)), [panels, titles]);
  useTimeZoom(svgRef, { x0: marginLeft, x1: marginLeft + plotW, height });

  const layouts = useMemo(
    () =>
      boxes.map((box) => {
        const shown = box.panel.series.filter((s) => !hidden.includes(series[s].id));
        // Scale to what is shown, so hiding a large series lets a small one fill the panel.
        const basis = shown.length ? shown : box.panel.series;
        const y = yScaleFor(basis.flatMap((s) => timed[s].points.map((p) => p.value)), [box.bottom, box.top]);
        const lines = shown.map((s) => ({
          s,
          style: seriesStyle(s),
          layout: layoutSeries(timed[s].points, (t) => x(t), y, { range: [0, plotW], margin: FOLLOW_MARGIN * plotW }),
        }));
        const anyInView = shown.some((s) => {
          const pts = timed[s].points;
          return pts.length > 0 && pts[0].start <= domain[1] && pts[pts.length - 1].end >= domain[0];
        });
        const note = shown.length === 0 ? t('troopsPanelHidden') : anyInView ? null : t('troopsPanelEmpty');
        return { box, y, lines, note };
      }),
    [boxes, hidden, series, timed, x, plotW, domain],
  );

  const tipRef = hovered ?? selected;
  const crosshairT = pointerT ?? (focusedPoint ? timed[focusedPoint.s]?.points[focusedPoint.i]?.start ?? null : null);
  const crosshairX = crosshairT === null ? null : x(crosshairT);
  const crosshairShown = crosshairX !== null && crosshairX >= 0 && crosshairX <= plotW;

  const tip = (() => {
    if (!tipRef) return null;
    const layout = layouts.flatMap((l) => l.lines).find((l) => l.s === tipRef.s);
    const marker = layout?.layout.markers[tipRef.i];
    const point = timed[tipRef.s].points[tipRef.i];
    if (!marker || !point || !marker.inView) return null;
    const left = marginLeft + marker.x;
    const flip = left > width * 0.6;
    return (
      <Suspense fallback={null}>
        <SeriesTooltip
          id={`${uid}-tip`}
          series={series[tipRef.s]}
          point={point}
          source={sources.get(point.point.source)}
          left={flip ? left - 14 : left + 14}
          top={Math.max(0, marker.y - 12)}
          flip={flip}
        />
      </Suspense>
    );
  })();

  const readoutRows = layouts.flatMap((l) => l.lines.map(({ s }) => ({ timed: timed[s], style: seriesStyle(s) })));

  return (
    <div className="troops-plot-wrap" style={{ height }}>
      <svg
        ref={svgRef}
        className="troops-svg"
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="group"
        aria-label={t('troopsPlot')}
        onPointerMove={onPointerMove}
        onPointerLeave={() => setPointerT(null)}
      >
        <defs>
          {boxes.map((box, k) => (
            <clipPath key={k} id={`${uid}-clip-${k}`}>
              {/* Room for half a marker on the left; flush on the right, where the plot
                  meets the card's edge like the timeline's does. */}
              <rect x={-10} y={box.top - 14} width={plotW + 10} height={box.bottom - box.top + 22} />
            </clipPath>
          ))}
        </defs>
        <g transform={`translate(${marginLeft},0)`}>
          <g className="troops-plot">
            {layouts.map(({ box, y, note }, k) => (
              <g key={box.panel.unit}>
                {note ? (
                  <text className="troops-panel-note" x={plotW / 2} y={(box.top + box.bottom) / 2} textAnchor="middle">
                    {note}
                  </text>
                ) : null}
                <text className="troops-panel-title" x={-marginLeft + 4} y={box.titleY + 14}>
                  {titles[k].map((line, i) => (
                    <tspan key={i} x={-marginLeft + 4} dy={i ? PANEL_SIZES.titleLine : 0}>
                      {line}
                    </tspan>
                  ))}
                </text>
                <ValueAxis y={y} gridWidth={plotW} ticks={box.panel.main ? 5 : 2} />
                <g className="troops-follow">
                  <TimeAxis x={x} y={box.bottom} gridHeight={box.bottom - box.top} labels={k === boxes.length - 1} />
                </g>
              </g>
            ))}
            <rect
              className="troops-hit"
              x={0}
              y={0}
              width={plotW}
              height={height}
            />
          </g>
          {layouts.map(({ box, lines }, k) => (
            <g key={box.panel.unit} clipPath={`url(#${uid}-clip-${k})`}>
              <g className="troops-follow">
              {lines.map(({ s, style, layout }) =>
                layout.segments.map((seg) => (
                  <path
                    key={`${s}:${seg.from}`}
                    className={`troops-line troops-line-${seg.kind}`}
                    data-series={series[s].id}
                    d={seg.d}
                    stroke={style.color}
                    strokeDasharray={segmentDash(style, seg.kind) || undefined}
                  />
                )),
              )}
              </g>
            </g>
          ))}
          {crosshairShown ? (
            <line className="troops-crosshair" x1={crosshairX} x2={crosshairX} y1={boxes[0].top} y2={boxes[boxes.length - 1].bottom} />
          ) : null}
          {layouts.map(({ box, lines }, k) => (
            <g key={box.panel.unit} clipPath={`url(#${uid}-clip-${k})`}>
              <g className="troops-follow">
              {lines.map(({ s, style, layout }) =>
                layout.markers.map((m) => {
                  const ref = { s, i: m.i };
                  const point = timed[s].points[m.i];
                  const source = sources.get(point.point.source);
                  const tipShown = sameRef(tipRef, ref) && tip !== null;
                  return (
                    <g
                      key={`${s}:${m.i}`}
                      data-point={`${s}:${m.i}`}
                      className={`troops-marker troops-marker-${m.kind}${sameRef(focusedPoint, ref) ? ' is-focused' : ''}${sameRef(selected, ref) ? ' is-selected' : ''}`}
                      transform={`translate(${m.x},${m.y})`}
                      role="img"
                      aria-label={describePoint(series[s], point, source)}
                      aria-describedby={tipShown ? `${uid}-tip` : undefined}
                      onPointerEnter={() => setHovered(ref)}
                      onPointerLeave={() => setHovered(null)}
                    >
                      {m.x1 - m.x0 >= 4 ? <PeriodWhisker from={m.x0 - m.x} to={m.x1 - m.x} color={style.color} /> : null}
                      {/* Kept unstretched while a gesture scales the layer (followSpan). */}
                      <g className="troops-marker-body">
                        <circle className="troops-marker-hit" r={9} />
                        <circle className="troops-marker-ring" r={8.5} />
                        <MarkerShape kind={m.kind} estimate={m.estimate} color={style.color} />
                      </g>
                    </g>
                  );
                }),
              )}
              </g>
            </g>
          ))}
        </g>
      </svg>
      {crosshairT !== null && crosshairShown && !tip && readoutRows.length ? (
        <Suspense fallback={null}>
          <CrosshairReadout
            t={crosshairT}
            rows={readoutRows}
            left={marginLeft + crosshairX + (crosshairX > plotW * 0.6 ? -10 : 10)}
            flip={crosshairX > plotW * 0.6}
          />
        </Suspense>
      ) : null}
      {tip}
    </div>
  );
}
