import { showsEra } from '../axis/eraYears';
import { formatTick, tickCountFor } from '../axis/tickFormat';
import type { LoadedDataset } from '../model/loadedDataset';
import { parsePartialDate } from '../model/partialDate';
import { formatAt } from '../timeline/formatWhen';
import { laneTimesFor } from '../timeline/laneTimes';
import { DEFAULT_LANE_METRICS, layoutLanes, type LaneBox } from '../timeline/layoutLanes';
import type { layoutTimeline, TimelineLayout } from '../timeline/layoutTimeline';
import { t } from '../i18n/export.en';
import { shownTitle } from '../i18n/localized';
import type { ThemeColors } from '../timeline/readThemeColors';

/*
 * The picture of the current view, before it is drawn: the timeline's own layout
 * (lanes, marks, badges, density, all with their shapes from markShapes.ts) for
 * the shown span, plus the words around it. Pure: the export menu gathers the
 * inputs (the store, the theme's colours), viewSvg draws the result.
 */

/** One lane of the picture: where it is, whose it is, its colour. */
export interface PictureLane {
  box: LaneBox;
  name: string;
  color: string;
}

/** Everything the picture of a view draws; x and y in plot pixels, as the layout gives them. */
export interface ViewPicture {
  title: string;
  /** The visible date range in words: "1 January 2016 – 31 December 2017". */
  range: string;
  /** "Showing 412 of 1,000 events". */
  counts: string;
  /** Where the data came from. */
  source: string;
  plotWidth: number;
  plotHeight: number;
  lanes: readonly PictureLane[];
  layout: TimelineLayout;
  ticks: readonly { x: number; label: string }[];
  /** The document's periods (TimelineJS eras) cut to the plot. */
  periods: readonly { x0: number; x1: number; title: string }[];
  colors: ThemeColors;
}

/** What `viewPicture` needs to know about the view. */
export interface ViewInputs {
  dataset: LoadedDataset;
  /** Rows passing the filters at any date: what the timeline lays out. */
  mask: Uint8Array;
  /** Events passing the filters in the settled span (the "Showing X" figure). */
  shown: number;
  /** Actor indices that have a lane, top to bottom. */
  actors: readonly number[];
  /** The shown span, ms. */
  domain: readonly [number, number];
  plotWidth: number;
  /** Height the lanes share, px (the timeline's body on screen; lanes never go under their minimum). */
  height: number;
  colors: ThemeColors;
  /** Colour per actor index, as the lanes on screen have them. */
  actorColors: readonly string[];
  /** About `count` calendar tick times in the span, as the timeline's axis has them (timeScale's ticks). */
  tickTimes: (domain: readonly [number, number], count: number) => number[];
  /** The timeline's layout (layoutTimeline), handed in by the caller: see ExportMenuProps.fromTimeline. */
  layoutTimeline: typeof layoutTimeline;
  source: string;
}

/** Lays out the view as the timeline does and gathers the words a picture of it carries. */
export function viewPicture(v: ViewInputs): ViewPicture {
  const { dataset, mask, actors, domain, plotWidth: width, colors, actorColors } = v;
  const { columns, index, meta } = dataset;
  // As the timeline weighs them: busy lanes get more rows.
  const weights = actors.map((a) => 1 + laneTimesFor(columns, index, a, mask).starts.length);
  const { lanes, totalHeight } = layoutLanes(actors, v.height, DEFAULT_LANE_METRICS, weights);
  const layout = v.layoutTimeline({
    columns,
    index,
    mask,
    titleOf: (row) => dataset.text.title(row),
    lanes,
    domain,
    width,
    charWidth: 0.62 * colors.labelPx,
  });
  const k = width / (domain[1] - domain[0]);
  const ticks = v.tickTimes(domain, tickCountFor(width)).map((t) => ({ x: (t - domain[0]) * k, label: formatTick(new Date(t), showsEra(domain)) }));
  const periods = (meta.periods ?? []).flatMap((p) => {
    const start = parsePartialDate(p.start);
    const end = parsePartialDate(p.end);
    if (!start || !end) return [];
    const x0 = Math.max(0, (start.start - domain[0]) * k);
    const x1 = Math.min(width, (end.end - domain[0]) * k);
    return x1 > x0 ? [{ x0, x1, title: p.title }] : [];
  });
  return {
    title: shownTitle(meta),
    range: `${formatAt(domain[0], 2)} – ${formatAt(domain[1] - 1, 2, showsEra(domain))}`,
    counts: t('exportPictureCounts', { shown: v.shown, count: columns.count }),
    source: v.source,
    plotWidth: width,
    plotHeight: totalHeight,
    lanes: lanes.map((box) => ({ box, name: meta.actors[box.actor].name, color: colors.forced ? colors.fg : actorColors[box.actor] })),
    layout,
    ticks,
    periods,
    colors,
  };
}
