import { useLayoutEffect, useRef, type RefObject } from 'react';

/** Options of {@link useModalDialog}, read once, when the dialog opens. */
export interface ModalDialogOptions {
  /** Where focus goes once it is open (by default the browser's choice: the first focusable). */
  focus?: (dialog: HTMLDialogElement) => void;
  /** Give focus back to where it was when the dialog closes (default true). */
  returnFocus?: boolean;
}

/**
 * A `<dialog>` that is open for as long as its component is mounted: shown modal
 * (the page behind inert), or as a plain open dialog where `showModal` is missing
 * (old engines, test DOMs); on unmount it closes and focus goes back to where the
 * reader was, if that is still in the page.
 */
export function useModalDialog(ref: RefObject<HTMLDialogElement | null>, options: ModalDialogOptions = {}): void {
  const opened = useRef(options);
  // A layout effect, so the dialog is open in the same commit its contents appear in. A
  // passive effect after a transition's commit may run a frame later, and until then the
  // words are in the page inside a closed dialog: shown to no one, hidden from screen readers.
  useLayoutEffect(() => {
    const { focus, returnFocus = true } = opened.current;
    const dialog = ref.current;
    const back = document.activeElement;
    if (dialog && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    if (dialog) focus?.(dialog);
    return () => {
      if (dialog?.open) dialog.close?.();
      if (returnFocus && back instanceof HTMLElement && back.isConnected) back.focus();
    };
  }, [ref]);
}
