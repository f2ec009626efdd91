import { useEffect, type RefObject } from 'react';
import type { TimeZoomArea } from './attachTimeZoom';

export type { TimeZoomArea } from './attachTimeZoom';

type Gestures = typeof import('./attachTimeZoom');

/** The gesture code (d3-zoom and what it brings) once its chunk has arrived. */
let gestures: Gestures | null = null;
let loading: Promise<Gestures> | null = null;
/*
 * The gestures travel in the chunk of what the timeline mounts after its first frame
 * (afterFirstFrame.ts): d3-zoom, d3-drag and d3-selection would be a twentieth of the
 * first paint's JavaScript, and nothing can be zoomed before the lanes are on screen.
 */
const loadGestures = () =>
  (loading ??= import('../timeline/afterFirstFrame').then((m) => (gestures = { attachTimeZoom: m.attachTimeZoom })));

/**
 * The gestures of every plot with a time axis (attachTimeZoom.ts: wheel and pinch zoom,
 * drag pans, double-click zooms in, sideways swipes pan). The first plot to mount waits
 * a frame for the gesture code, so the frame that shows the data does not fetch it;
 * once it has arrived, plots attach at once. `drawn`: false until the plot has drawn its
 * data (the gestures would have nothing to move, and their code would be fetched ahead of
 * the frame that shows it).
 */
export function useTimeZoom(target: RefObject<Element | null>, { x0, x1, height }: TimeZoomArea, drawn = true): void {
  useEffect(() => {
    const el = target.current;
    if (!el || !drawn || x1 - x0 <= 0) return;
    const area = { x0, x1, height };
    if (gestures) return gestures.attachTimeZoom(el, area);
    let detach: (() => void) | undefined;
    let ended = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() =>
        loadGestures().then((m) => {
          if (!ended) detach = m.attachTimeZoom(el, area);
        }),
      );
    });
    return () => {
      ended = true;
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      detach?.();
    };
  }, [target, x0, x1, height, drawn]);
}
