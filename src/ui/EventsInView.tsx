import { Suspense, useState } from 'react';
import type { LoadedDataset } from '../model/loadedDataset';
import { useVisibility } from '../store/visibility';
import { formatCount } from '../i18n/format';
import { LazyEventsInViewList } from './lazyPanels';
import { t } from '../i18n/t';
import { t as tList } from '../i18n/eventsList.en';

/**
 * The events the timeline shows, as a plain list in date order: the way in for
 * screen-reader and keyboard users, and a quick index for everyone. It lists the
 * events passing the filters, whose date range is the settled window; collapsed,
 * it costs nothing, and its list is code the page only fetches when it is opened.
 */
export function EventsInView({ dataset }: { dataset: LoadedDataset }) {
  const [open, setOpen] = useState(false);
  const shown = useVisibility()?.shown ?? 0;
  return (
    <details className="events-in-view" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <span className="panel-title">{tList('eventsInViewTitle')}</span>
        <span className="muted"> ({formatCount(shown)})</span>
      </summary>
      {open && (
        <Suspense fallback={<p className="muted">{t('loadingList')}</p>}>
          <LazyEventsInViewList dataset={dataset} />
        </Suspense>
      )}
    </details>
  );
}
