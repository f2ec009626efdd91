/** Props of {@link CloseButton}. */
export interface CloseButtonProps {
  /** What pressing it closes, for screen readers ("Close event details"). */
  label: string;
  onClick: () => void;
  /** Extra class beside `icon-button` (e.g. for placement). */
  className?: string;
  /** Size of the cross in px. */
  size?: number;
}

/** The one close (or dismiss) button: an icon button with a cross and a spoken name. */
export function CloseButton({ label, onClick, className, size = 16 }: CloseButtonProps) {
  return (
    <button type="button" className={className ? `icon-button ${className}` : 'icon-button'} onClick={onClick} aria-label={label}>
      <svg viewBox="0 0 16 16" width={size} height={size} aria-hidden="true">
        <path d="M3 3l10 10M13 3L3 13" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" />
      </svg>
    </button>
  );
}
