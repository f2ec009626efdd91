import { useAppStore } from '../store/appStore';
import { CloseButton } from './CloseButton';

/** The notices themselves, each with its dismiss button (see NoticeList). */
export function NoticeItems() {
  const notices = useAppStore((s) => s.notices);
  const dismiss = useAppStore((s) => s.dismissNotice);
  return (
    <ul className="notice-list" aria-label="Notices">
      {notices.map((notice) => (
        <li key={notice} className="notice">
          <span>{notice}</span>
          <CloseButton label={`Dismiss: ${notice}`} onClick={() => dismiss(notice)} size={14} />
        </li>
      ))}
    </ul>
  );
}
