import { useAppStore } from '../store/appStore';

/** Dismissible messages, such as URL parameters that were ignored. */
export function NoticeList() {
  const notices = useAppStore((s) => s.notices);
  const dismiss = useAppStore((s) => s.dismissNotice);
  return (
    <div className="notices" aria-live="polite">
      {notices.length > 0 && (
        <ul className="notice-list" aria-label="Notices">
          {notices.map((notice) => (
            <li key={notice} className="notice">
              <span>{notice}</span>
              <button type="button" className="icon-button" onClick={() => dismiss(notice)} aria-label={`Dismiss: ${notice}`}>
                <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
                  <path d="M3 3l10 10M13 3L3 13" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" />
                </svg>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
