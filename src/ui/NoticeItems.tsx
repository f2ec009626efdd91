import { useAppStore } from '../store/appStore';

/** The notices themselves, each with its dismiss button (see NoticeList). */
export function NoticeItems() {
  const notices = useAppStore((s) => s.notices);
  const dismiss = useAppStore((s) => s.dismissNotice);
  return (
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
  );
}
