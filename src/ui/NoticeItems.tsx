import { useAppStore } from '../store/appStore';
import { CloseButton } from './CloseButton';
import { noticeText, t } from '../i18n/notices.en';
import { noticeId } from '../store/viewSlice';

/** The notices themselves, each with its dismiss button (see NoticeList). */
export function NoticeItems() {
  const notices = useAppStore((s) => s.notices);
  const dismiss = useAppStore((s) => s.dismissNotice);
  return (
    <ul className="notice-list" aria-label={t('noticesLabel')}>
      {notices.map((notice) => {
        const text = noticeText(notice);
        return (
          <li key={noticeId(notice)} className="notice">
            <span>{text}</span>
            <CloseButton label={t('noticeDismiss', { notice: text })} onClick={() => dismiss(notice)} size={14} />
          </li>
        );
      })}
    </ul>
  );
}
