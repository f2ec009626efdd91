import { showSpan } from '../axis/shownSpan';
import { appStore } from '../store/appStore';
import { useVisibility } from '../store/visibility';
import { formatCount } from '../i18n/format';

/**
 * "Showing X of Y events", announced politely whenever the filters change it. When
 * nothing is left, says so and offers the way back, which on narrow screens is
 * otherwise inside the filter drawer.
 */
export function StatusLine() {
  const visibility = useVisibility();
  const none = !!visibility && visibility.shown === 0 && visibility.total > 0;
  return (
    <div className="status">
      <p className="status-line" role="status">
        {visibility
          ? `Showing ${formatCount(visibility.shown)} of ${formatCount(visibility.total)} events${none ? ': none match the filters here' : ''}`
          : 'Loading events…'}
      </p>
      {none && (
        <button
          type="button"
          className="link-button"
          onClick={() => {
            appStore.getState().clearFilters();
            showSpan(null);
          }}
        >
          Show all events
        </button>
      )}
    </div>
  );
}
