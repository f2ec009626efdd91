import { type ReactNode, useRef } from 'react';
import { useMediaQuery } from '../ui/useMediaQuery';
import { useModalDialog } from '../ui/useModalDialog';

/** Props of {@link DetailSheet}. */
export interface DetailSheetProps {
  /** Label of the sheet for screen readers. */
  label: string;
  onClose: () => void;
  children: ReactNode;
}

/** How far down a swipe must travel to close the sheet, in px. */
const SWIPE_CLOSE_PX = 80;

/**
 * A bottom sheet over the reading list, as a modal <dialog> (focus stays inside, the list
 * behind is inert): it closes with the close button of what it holds, Escape, a press on the backdrop, or
 * a swipe down on its handle. It follows the finger unless reduced motion is asked for.
 */
export function DetailSheet({ label, onClose, children }: DetailSheetProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const drag = useRef<{ y: number; dy: number } | null>(null);
  const reduceMotion = useMediaQuery('(prefers-reduced-motion: reduce)', false);

  // Focus goes back to where the reader was (the card they opened) on close.
  useModalDialog(dialog);

  const setOffset = (dy: number) => {
    if (dialog.current && !reduceMotion) dialog.current.style.transform = dy > 0 ? `translateY(${dy}px)` : '';
  };

  return (
    <dialog
      ref={dialog}
      className="reading-sheet"
      aria-label={label}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onClick={(e) => {
        // A press on the backdrop lands on the dialog element itself.
        if (e.target === dialog.current) onClose();
      }}
    >
      <div
        className="reading-sheet-handle"
        aria-hidden="true"
        onPointerDown={(e) => {
          drag.current = { y: e.clientY, dy: 0 };
          e.currentTarget.setPointerCapture?.(e.pointerId);
        }}
        onPointerMove={(e) => {
          if (!drag.current) return;
          drag.current.dy = e.clientY - drag.current.y;
          setOffset(drag.current.dy);
        }}
        onPointerUp={() => {
          const dy = drag.current?.dy ?? 0;
          drag.current = null;
          setOffset(0);
          if (dy > SWIPE_CLOSE_PX) onClose();
        }}
        onPointerCancel={() => {
          drag.current = null;
          setOffset(0);
        }}
      />
      <div className="reading-sheet-body">{children}</div>
    </dialog>
  );
}
