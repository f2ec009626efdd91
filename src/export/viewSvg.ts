import { tickAnchor } from '../axis/tickFormat';
import { barShape, BADGE_HEIGHT, badgeShape, densityBar, diamondPath, HATCH, HATCH_TILE, pointShape, shapeBounds, UNCERTAIN_DASH, type MarkShape } from '../timeline/markShapes';
import { t } from '../i18n/export.en';
import { formatCount } from '../i18n/format';
import type { ViewPicture } from './viewPicture';

/*
 * The picture of a view as a standalone SVG document: title, visible range and
 * counts, the axis, lane names, periods, density strips, marks with their labels,
 * count badges, a key to the marks and a source line, in the theme's colours.
 * Every mark is drawn from the shape the layout gave it (markShapes.ts), as the
 * canvas and the focusable SVG marks draw it. Pure: a string in, a string out.
 * All text comes from the data and is escaped; colours and fonts too, since a
 * file may name an actor's colour.
 */

/** Margin around the picture, px. */
const PAD = 24;
/** Width of the lane-name column, px. */
const HEADER = 180;
const TITLE_PX = 20;
const LINE_PX = 13;
const SMALL_PX = 12;
const AXIS_PX = 24;

/** Characters XML 1.0 cannot hold at all, escaped or not. */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** Text as XML character data or an attribute value: markup characters escaped, impossible ones dropped. */
export function xmlText(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const num = (x: number) => String(Math.round(x * 100) / 100);

type Attrs = Record<string, string | number | undefined>;

function attrs(a: Attrs): string {
  let out = '';
  for (const [k, v] of Object.entries(a)) if (v !== undefined) out += ` ${k}="${typeof v === 'number' ? num(v) : xmlText(v)}"`;
  return out;
}

/** An element; `body` is markup already escaped (or built by `el`). */
const el = (name: string, a: Attrs, body?: string) => (body === undefined ? `<${name}${attrs(a)}/>` : `<${name}${attrs(a)}>${body}</${name}>`);

/** A line of text, escaped. */
const text = (a: Attrs, words: string) => el('text', a, xmlText(words));

/** A text cut to about `px` wide at `fontPx` (an average glyph is about 0.58 em), ending in an ellipsis. */
export function fitText(words: string, px: number, fontPx: number): string {
  const max = Math.max(1, Math.floor(px / (0.58 * fontPx)));
  return words.length <= max ? words : `${words.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}

function shape(s: MarkShape, a: Attrs): string {
  if (s.type === 'point') return s.diamond ? el('path', { d: diamondPath(s), ...a }) : el('circle', { cx: s.cx, cy: s.cy, r: s.r, ...a });
  return el('rect', { x: s.x, y: s.y, width: s.width, height: s.height, rx: s.rx, ...a });
}

/** The HATCH tile in a colour (as HatchPattern draws it for the focusable marks). */
function hatch(id: string, color: string): string {
  const p = HATCH_TILE.size;
  return el(
    'pattern',
    { id, width: p, height: p, patternUnits: 'userSpaceOnUse', patternTransform: `rotate(${HATCH_TILE.rotate})` },
    el('rect', { width: p, height: p, fill: color, opacity: HATCH.fillOpacity }) +
      el('line', { x1: 0, y1: 0, x2: 0, y2: p, stroke: color, 'stroke-width': HATCH.lineWidth, opacity: HATCH.lineOpacity }),
  );
}

const DASH = UNCERTAIN_DASH.join(' ');

/** Options of viewSvg. */
export interface ViewSvgOptions {
  /** Device pixels per picture pixel: 2 draws the same picture at twice the size (for a PNG). */
  scale?: number;
}

/** The view as an SVG document, with its size in pixels (scaled). */
export function viewSvg(p: ViewPicture, { scale = 1 }: ViewSvgOptions = {}): { svg: string; width: number; height: number } {
  const c = p.colors;
  const width = PAD * 2 + HEADER + p.plotWidth;
  const plotX = PAD + HEADER;
  const titleY = PAD + TITLE_PX;
  const lineY = titleY + 22;
  const axisY = lineY + 14;
  const plotY = axisY + AXIS_PX;
  const legendY = plotY + p.plotHeight + 24;
  const sourceY = legendY + 28;
  const height = sourceY + PAD - 8;
  const { layout, lanes } = p;

  const defs = [el('clipPath', { id: 'plot' }, el('rect', { width: p.plotWidth, height: p.plotHeight })), hatch('hatch-key', c.muted)];
  lanes.forEach((lane, slot) => defs.push(hatch(`hatch-${slot}`, lane.color)));

  const body: string[] = [el('rect', { width, height, fill: c.surface })];
  body.push(text({ x: PAD, y: titleY, 'font-size': TITLE_PX, 'font-weight': 600, fill: c.fg }, fitText(p.title, width - 2 * PAD, TITLE_PX)));
  body.push(text({ x: PAD, y: lineY, 'font-size': LINE_PX, fill: c.muted }, `${p.range} · ${p.counts}`));

  // The axis above the lanes, as on screen.
  const axis = [el('rect', { y: AXIS_PX - 1, width: p.plotWidth, height: 1, fill: c.border })];
  for (const t of p.ticks) {
    axis.push(el('rect', { x: Math.round(t.x), y: AXIS_PX - 5, width: 1, height: 5, fill: c.border }));
    axis.push(text({ x: t.x, y: AXIS_PX - 9, 'font-size': SMALL_PX, fill: c.muted, 'text-anchor': tickAnchor(t.x, p.plotWidth) }, t.label));
  }
  body.push(el('g', { transform: `translate(${plotX},${axisY})` }, axis.join('')));

  // Lane names in the header column.
  const heads = [el('rect', { x: HEADER - 1, width: 1, height: p.plotHeight, fill: c.border })];
  for (const lane of lanes) {
    const mid = lane.box.y + Math.min(lane.box.height, 40) / 2;
    heads.push(el('rect', { x: 0, y: lane.box.y + lane.box.height - 1, width: HEADER - 1, height: 1, fill: c.grid }));
    heads.push(el('rect', { x: 10, y: mid - 5, width: 10, height: 10, rx: 3, fill: lane.color }));
    heads.push(text({ x: 27, y: mid, dy: '0.35em', 'font-size': LINE_PX, 'font-weight': 600, fill: c.fg }, fitText(lane.name, HEADER - 35, LINE_PX)));
  }
  body.push(el('g', { transform: `translate(${PAD},${plotY})` }, heads.join('')));

  // The plot: periods behind, stripes and grid, density, marks, badges.
  const plot: string[] = [];
  p.periods.forEach((band, i) => {
    plot.push(el('rect', { x: band.x0, width: band.x1 - band.x0, height: p.plotHeight, fill: c.accent, 'fill-opacity': i % 2 ? 0.15 : 0.09 }));
    plot.push(el('rect', { x: band.x0, width: 1, height: p.plotHeight, fill: c.accent, 'fill-opacity': 0.35 }));
    if (band.x1 - band.x0 > 24) plot.push(text({ x: band.x0 + 4, y: p.plotHeight - 5, 'font-size': SMALL_PX, fill: c.muted }, fitText(band.title, band.x1 - band.x0 - 8, SMALL_PX)));
  });
  lanes.forEach((lane, i) => {
    if (i % 2 === 1) plot.push(el('rect', { y: lane.box.y, width: p.plotWidth, height: lane.box.height, fill: c.fg, 'fill-opacity': 0.03 }));
    plot.push(el('rect', { y: lane.box.y + lane.box.height - 1, width: p.plotWidth, height: 1, fill: c.grid }));
  });
  for (const t of p.ticks) plot.push(el('rect', { x: Math.round(t.x), width: 1, height: p.plotHeight, fill: c.grid }));
  for (const d of layout.density) {
    const lane = lanes[d.laneSlot];
    const bars: string[] = [];
    for (let b = 0; b < d.bins.length; b++) {
      if (d.bins[b] === 0) continue;
      const bar = densityBar(lane.box, b, d.binPx, d.bins[b], layout.maxBin);
      bars.push(el('rect', { x: bar.x, y: bar.y, width: bar.width, height: bar.height, 'fill-opacity': bar.opacity }));
    }
    plot.push(el('g', { fill: lane.color }, bars.join('')));
  }
  const marks: string[] = [];
  for (const m of layout.marks) {
    const color = lanes[m.laneSlot].color;
    const s = m.shape;
    const key = m.importance === 3;
    const drawn =
      s.type === 'bar' && s.hatched
        ? shape(s, { fill: `url(#hatch-${m.laneSlot})`, stroke: color, 'stroke-width': 1.25, 'stroke-dasharray': DASH })
        : shape(s, { fill: color, stroke: c.surface, 'stroke-width': key ? 1.5 : 1 });
    const label = m.label
      ? text({ x: m.labelX, y: m.y, dy: '0.35em', 'font-size': c.labelPx, fill: key ? c.fg : c.muted, 'font-weight': key ? 600 : undefined }, m.label)
      : '';
    marks.push(el('g', {}, drawn + label));
  }
  plot.push(el('g', { id: 'marks' }, marks.join('')));
  for (const b of layout.badges) {
    const s = b.shape;
    plot.push(
      el('rect', { x: s.x, y: s.y, width: s.width, height: s.height, rx: s.rx, fill: c.surface2, stroke: c.border, 'stroke-dasharray': b.spanning ? DASH : undefined }) +
        text({ x: s.cx, y: s.cy, dy: '0.35em', 'text-anchor': 'middle', 'font-size': c.labelPx, 'font-weight': 600, fill: c.fg }, `+${formatCount(b.count)}`),
    );
  }
  body.push(el('g', { transform: `translate(${plotX},${plotY})`, 'clip-path': 'url(#plot)' }, plot.join('')));

  // The key to the marks, with the very shapes the marks use.
  const key: [string, string][] = [
    [shape(pointShape(6, 0, 1), { fill: c.muted }), t('exportKeyEvent')],
    [shape(pointShape(7, 0, 3), { fill: c.muted }), t('exportKeyKeyEvent')],
    [shape(barShape(0, 22, 0, 1, false), { fill: c.muted }), t('exportKeyPeriod')],
    [shape(barShape(0, 22, 0, 1, true), { fill: 'url(#hatch-key)', stroke: c.muted, 'stroke-dasharray': DASH }), t('exportKeyPartialDate')],
  ];
  const widths = [12, 14, 22, 22];
  const legend: string[] = [];
  let x = 0;
  key.forEach(([symbol, words], i) => {
    legend.push(el('g', { transform: `translate(${x},0)` }, symbol) + text({ x: x + widths[i] + 6, y: 0, dy: '0.35em', 'font-size': SMALL_PX, fill: c.muted }, words));
    x += widths[i] + 6 + words.length * 0.58 * SMALL_PX + 18;
  });
  const pill = badgeShape(0, 0, 3);
  const pillBox = shapeBounds(pill);
  legend.push(
    el(
      'g',
      { transform: `translate(${x - pillBox.x},0)` },
      el('rect', { x: pill.x, y: pill.y, width: pill.width, height: BADGE_HEIGHT, rx: pill.rx, fill: c.surface2, stroke: c.border }) +
        text({ x: 0, y: 0, dy: '0.35em', 'text-anchor': 'middle', 'font-size': SMALL_PX, 'font-weight': 600, fill: c.fg }, '+3'),
    ) + text({ x: x + pill.width + 6, y: 0, dy: '0.35em', 'font-size': SMALL_PX, fill: c.muted }, t('exportKeyBadge')),
  );
  body.push(el('g', { transform: `translate(${PAD},${legendY})` }, legend.join('')));
  body.push(text({ x: PAD, y: sourceY, 'font-size': SMALL_PX, fill: c.muted }, fitText(p.source, width - 2 * PAD, SMALL_PX)));

  const root = {
    xmlns: 'http://www.w3.org/2000/svg',
    width: width * scale,
    height: height * scale,
    viewBox: `0 0 ${width} ${height}`,
    'font-family': c.font,
    role: 'img',
    'aria-labelledby': 'picture-title',
  };
  const head = el('title', { id: 'picture-title' }, xmlText(`${p.title}, ${p.range}`));
  const desc = el('desc', {}, xmlText(`${p.counts}. ${p.source}`));
  const svg = `<?xml version="1.0" encoding="UTF-8"?>\n${el('svg', root, head + desc + el('defs', {}, defs.join('')) + body.join(''))}\n`;
  return { svg, width: width * scale, height: height * scale };
}
