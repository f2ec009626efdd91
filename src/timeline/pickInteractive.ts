import type { TimelineMark } from './layoutTimeline';

/** At most this many marks are focusable DOM nodes; the rest are canvas pixels. */
export const MAX_INTERACTIVE_MARKS = 300;

/**
 * The marks to draw as focusable SVG: all of them when few, else the most
 * important (then earliest) up to the cap, plus the hovered/selected event so its
 * highlight and focus survive. Keeps the DOM bounded by the screen, not the data.
 */
export function pickInteractive(marks: readonly TimelineMark[], keepRows: readonly number[], cap = MAX_INTERACTIVE_MARKS): TimelineMark[] {
  if (marks.length <= cap) return marks.slice();
  const chosen = new Set<number>();
  marks.forEach((m, i) => {
    if (keepRows.includes(m.row)) chosen.add(i);
  });
  const order = marks.map((_, i) => i);
  order.sort((a, b) => marks[b].importance - marks[a].importance || a - b);
  for (const i of order) {
    if (chosen.size >= cap) break;
    chosen.add(i);
  }
  return [...chosen].sort((a, b) => a - b).map((i) => marks[i]);
}
