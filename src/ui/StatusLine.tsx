import { useVisibility } from '../store/visibility';
import { formatCount } from './datasetLookups';

/** "Showing X of Y events", announced politely whenever the filters change it. */
export function StatusLine() {
  const visibility = useVisibility();
  return (
    <p className="status-line" role="status">
      {visibility
        ? `Showing ${formatCount(visibility.shown)} of ${formatCount(visibility.total)} events`
        : 'Loading events…'}
    </p>
  );
}
