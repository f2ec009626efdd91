import { useEffect, useId, useRef } from 'react';
import type { LoadedDataset } from '../model/loadedDataset';
import { FilterPanel } from './FilterPanel';
import { t } from '../i18n/drawer.en';
import { CloseButton } from './CloseButton';

/** Props of FilterDrawer. */
export interface FilterDrawerProps {
  dataset: LoadedDataset;
  open: boolean;
  onClose: () => void;
}

/**
 * The filters on narrow screens: a modal side sheet. A native <dialog> opened
 * with showModal() traps focus, makes the page behind inert and closes on Escape;
 * on close, focus returns to whatever opened it (the Filters button).
 */
export function FilterDrawer({ dataset, open, onClose }: FilterDrawerProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const opener = useRef<Element | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement;
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
      // Straight to the first filter (the search), not the close button.
      (dialog.querySelector<HTMLElement>('input') ?? dialog.querySelector<HTMLElement>('button'))?.focus();
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
      if (opener.current instanceof HTMLElement && opener.current.isConnected) opener.current.focus();
    }
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="drawer"
      aria-labelledby={headingId}
      onCancel={(e) => {
        // Escape: close through React state so `open` stays the truth.
        e.preventDefault();
        onClose();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onClose();
        }
      }}
      onClick={(e) => {
        // A click on the backdrop lands on the dialog element itself.
        if (e.target === ref.current) onClose();
      }}
    >
      <div className="drawer-body">
        <CloseButton label={t('drawerClose')} onClick={onClose} className="drawer-close" />
        <FilterPanel dataset={dataset} headingId={headingId} />
        <button type="button" className="button drawer-done" onClick={onClose}>
          {t('drawerShowEvents')}
        </button>
      </div>
    </dialog>
  );
}
