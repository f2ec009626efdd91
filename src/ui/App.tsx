import { Suspense, useEffect, useState, useSyncExternalStore } from 'react';
import { localeKey, subscribeLocale } from '../i18n/locale';
import { shownTitle } from '../i18n/localized';
import { useAppStore } from '../store/appStore';
import { TimelineView, TroopChartView } from './views';
import { ErrorBoundary } from './ErrorBoundary';
import { Header } from './Header';
import { useStore } from 'zustand';
import {
  LazyEventDetail,
  LazyEventsInView,
  LazyFilterDrawer,
  LazyFilterPanel,
  LazyLoadErrorPanel,
  LazyOpenData,
  LazyReadingView,
  LazyStoryPanel,
  LazyViewActions,
} from './lazyPanels';
import { openRequest } from './openRequest';
import { LoadProgressView } from './LoadProgressView';
import { NoticeList } from './NoticeList';
import { StatusLine } from './StatusLine';
import { useDeferredMount } from './useDeferredMount';
import { useLaterTask } from './useLaterTask';
import { DETAIL_BESIDE_QUERY, PHONE_QUERY, useMediaQuery, WIDE_QUERY } from './useMediaQuery';
import { t } from '../i18n/t';

/** Props of App. */
export interface AppProps {
  /** Address of the default dataset (shown while it loads, offered as a download). */
  defaultDataUrl?: string;
  /** Drops `data=` and loads the default dataset (from the session). */
  onLoadDefault?: () => void;
  /** Loads the dataset on screen again (from the session): offered when its worker has died. */
  onReload?: () => void;
}

/**
 * The shell: header, notices, then either the load's progress or error, or the
 * filters beside (wide) or in a drawer (narrow), the timeline, the troop chart,
 * the events-in-view list and the selected event's details.
 */
export function App({ defaultDataUrl = '', onLoadDefault, onReload }: AppProps) {
  const status = useAppStore((s) => s.status);
  const dataset = useAppStore((s) => s.dataset);
  const progress = useAppStore((s) => s.progress);
  const loadError = useAppStore((s) => s.loadError);
  const datasetUrl = useAppStore((s) => s.datasetUrl);
  // A local file has no address to download again.
  const localFile = useAppStore((s) => s.datasetName !== null);
  const wantsOpen = useStore(openRequest, (s) => s.open || s.dragging || s.file !== null);
  // The URL's step is one the dataset's story has (urlState.ts); the Story button shows only with a story.
  const inStory = useAppStore((s) => s.storyStep !== null);
  // The story takes the detail panel's place: it shows the step's event with its sources.
  const hasSelection = useAppStore((s) => s.selectedId !== null) || inStory;
  // Embedded in an article: no filters beside, no side panels; the detail and story go under the timeline.
  const embed = useAppStore((s) => s.embed);
  const wide = useMediaQuery(WIDE_QUERY) && !embed;
  const detailBeside = useMediaQuery(DETAIL_BESIDE_QUERY) && !embed;
  const [drawerOpen, setDrawerOpen] = useState(false);
  const phone = useMediaQuery(PHONE_QUERY, false);
  // On a phone the reading list comes first; the lanes stay one press away.
  const [phoneView, setPhoneView] = useState<'list' | 'timeline'>('list');
  const reading = phone && phoneView === 'list';
  // Search, actors and categories: what narrows the events. Dates follow the zoom, so they do not count.
  const activeFilters = useAppStore(
    (s) => Number(s.filters.q !== '') + Number(s.filters.actors !== null) + Number(s.filters.categories !== null),
  );
  // Every part writes its words when it renders: a new language (or digits) redraws them all.
  const locale = useSyncExternalStore(subscribeLocale, localeKey);
  const title = dataset && shownTitle(dataset.meta);
  // The data's first render comes in stages, each in a task of its own after the one before
  // has painted, so no single task holds it all: the lanes (their canvas drawn with every
  // mark; the focusable marks follow in their own task), then the filters and the selected
  // event's details, then the troop chart and the events-in-view list below.
  // They wait for the lanes' first frame, not only the data: their code is not fetched ahead of it.
  const drawn = useAppStore((s) => s.drawn !== null);
  const panelsReady = useDeferredMount(status === 'ready' && dataset !== null && drawn);
  const belowReady = useDeferredMount(panelsReady);

  // The hidden type specimen (index.html, typeWarmup.css) has done its work once the data's first frame is drawn.
  useEffect(() => {
    if (drawn) document.getElementById('type-warmup')?.remove();
  }, [drawn]);

  useEffect(() => {
    document.title = title ? `${title} · ${t('appName')}` : t('appName');
  }, [title]);

  // A loaded dataset's views mount in a task after the worker's reply, as a transition (in
  // slices): that task is the store's commit and the address's restore, not also React's
  // render of the whole page. A dataset opened over the one on screen replaces it at once.
  const viewsReady = useLaterTask(status === 'ready' && dataset !== null);

  const location = datasetUrl ?? defaultDataUrl;
  let content;
  // A failed load, or one with rows left out (status 'report'): the same panel's chunk explains either.
  if ((status === 'error' && loadError) || status === 'report') {
    content = (
      <Suspense fallback={<p className="muted">{t('loadFailed')}</p>}>
        <LazyLoadErrorPanel error={loadError} onLoadDefault={datasetUrl !== null ? onLoadDefault : undefined} />
      </Suspense>
    );
  } else if (status !== 'ready' || !dataset || !viewsReady) {
    content = <LoadProgressView progress={progress} location={location} />;
  } else {
    // Beside the views when there is room; on narrower screens right under the
    // timeline, in the flow, so it never hides the chart it describes.
    // On a phone the story fills the screen (a modal layer), wherever it sits in the page.
    const detail = inStory ? (
      <ErrorBoundary label={t('viewStory')}>
        <Suspense fallback={null}>
          <LazyStoryPanel dataset={dataset} />
        </Suspense>
      </ErrorBoundary>
    ) : (
      <ErrorBoundary label={t('viewDetails')}>
        <Suspense fallback={null}>
          <LazyEventDetail dataset={dataset} onReload={onReload} />
        </Suspense>
      </ErrorBoundary>
    );
    content = (
      <>
        {wide && (
          <aside className="filters-aside" aria-label={t('filters')}>
            {panelsReady && (
              <Suspense fallback={null}>
                <LazyFilterPanel dataset={dataset} />
              </Suspense>
            )}
          </aside>
        )}
        <div className="views" id="views">
          <div className="views-toolbar">
            {!wide && !embed && (
              <button
                type="button"
                className="button filters-button"
                aria-haspopup="dialog"
                aria-expanded={drawerOpen}
                aria-label={activeFilters ? t('filtersActive', { count: activeFilters }) : undefined}
                onClick={() => setDrawerOpen(true)}
              >
                <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
                  <path d="M2 4h12M4.5 8h7M7 12h2" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" />
                </svg>
                {t('filters')}
                {activeFilters > 0 && <span className="filters-count">{activeFilters}</span>}
              </button>
            )}
            {phone && (
              <div className="view-switch" role="group" aria-label={t('showAs')}>
                <button type="button" className="button" aria-pressed={phoneView === 'list'} onClick={() => setPhoneView('list')}>
                  {t('showAsList')}
                </button>
                <button type="button" className="button" aria-pressed={phoneView === 'timeline'} onClick={() => setPhoneView('timeline')}>
                  {t('timeline')}
                </button>
              </div>
            )}
            <StatusLine />
            {belowReady && (
              <Suspense fallback={null}>
                <LazyViewActions />
              </Suspense>
            )}
          </div>
          {reading ? (
            <ErrorBoundary label={t('viewReading')}>
              <Suspense fallback={<p className="muted">{t('loadingList')}</p>}>
                <LazyReadingView dataset={dataset} />
              </Suspense>
            </ErrorBoundary>
          ) : (
            <ErrorBoundary label={t('viewTimeline')}>
              <TimelineView />
            </ErrorBoundary>
          )}
          {hasSelection && !detailBeside && (!reading || (inStory && phone)) && panelsReady && detail}
          {belowReady && !reading && (
            <>
              <ErrorBoundary label={t('viewChart')}>
                <Suspense fallback={null}>
                  <TroopChartView />
                </Suspense>
              </ErrorBoundary>
              {!embed && (
                <Suspense fallback={null}>
                  <LazyEventsInView dataset={dataset} />
                </Suspense>
              )}
            </>
          )}
        </div>
        {hasSelection && detailBeside && panelsReady && detail}
        {!wide && !embed && (
          // Closed until the Filters button opens it, so there is nothing to show while it loads.
          <Suspense fallback={null}>
            <LazyFilterDrawer dataset={dataset} open={drawerOpen} onClose={() => setDrawerOpen(false)} />
          </Suspense>
        )}
      </>
    );
  }

  return (
    <div key={locale} className={embed ? 'app app--embed' : 'app'}>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      {!embed && <Header dataHref={status === 'ready' && !localFile ? location : null} />}
      {!embed && <NoticeList />}
      <main id="main" tabIndex={-1} className={hasSelection && detailBeside && status === 'ready' ? 'app-main has-detail' : 'app-main'}>{content}</main>
      {wantsOpen && (
        <Suspense fallback={null}>
          <LazyOpenData />
        </Suspense>
      )}
    </div>
  );
}
