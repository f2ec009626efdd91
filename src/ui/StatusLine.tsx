import { showSpan } from '../axis/shownSpan';
import { appStore } from '../store/appStore';
import { useVisibility } from '../store/visibility';
import { t } from '../i18n/t';

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
        {visibility ? t(none ? 'showingNone' : 'showing', { shown: visibility.shown, count: visibility.total }) : t('loadingEvents')}
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
          {t('showAllEvents')}
        </button>
      )}
    </div>
  );
}
