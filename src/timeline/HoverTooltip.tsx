import { lazy, Suspense } from 'react';
import { useStore } from 'zustand';
import type { TimelineTooltipProps } from './TimelineTooltip';

const LazyTimelineTooltip = lazy(() => import('./TimelineTooltip').then((m) => ({ default: m.TimelineTooltip })));

/**
 * The tooltip appears only under a pointer, so its code is fetched the first time
 * something is hovered, not with the timeline's first paint.
 */
export function HoverTooltip(props: TimelineTooltipProps) {
  const hovering = useStore(props.frame, (s) => s.hover !== null || s.densityHover !== null);
  if (!hovering) return null;
  return (
    <Suspense fallback={null}>
      <LazyTimelineTooltip {...props} />
    </Suspense>
  );
}
