import { lazy, Suspense } from 'react';
import { useAppStore } from '../store/appStore';

const LazyNoticeItems = lazy(() => import('./NoticeItems').then((m) => ({ default: m.NoticeItems })));

/**
 * Dismissible messages, such as URL parameters that were ignored. The live region is
 * always there, so a notice that arrives is announced; the list's code is fetched only
 * when there is a notice, which the default page has not.
 */
export function NoticeList() {
  const any = useAppStore((s) => s.notices.length > 0);
  return (
    <div className="notices" aria-live="polite">
      {any && (
        <Suspense fallback={null}>
          <LazyNoticeItems />
        </Suspense>
      )}
    </div>
  );
}
