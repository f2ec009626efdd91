import { useId, useRef, useState } from 'react';
import { embedSnippet } from './embedSnippet';
import './embed.css';
import { useModalDialog } from '../ui/useModalDialog';

/** Props of EmbedDialog. */
export interface EmbedDialogProps {
  /** The page's address now (the view to embed). */
  pageUrl: string;
  /** The dataset's title, for the frame's `title`. */
  title: string;
  onClose: () => void;
}

/**
 * "Embed": the <iframe> snippet of the current view, to copy into an article. A
 * native modal dialog (focus trapped, Escape closes, focus back to the Embed button).
 */
export function EmbedDialog({ pageUrl, title, onClose }: EmbedDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const headingId = useId();
  const textId = useId();
  const [copied, setCopied] = useState<'no' | 'yes' | 'manual'>('no');
  const snippet = embedSnippet(pageUrl, `${title}: interactive timeline`);

  useModalDialog(ref, {
    focus: () => {
      textRef.current?.focus();
      textRef.current?.select();
    },
  });

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setCopied('yes');
    } catch {
      // No clipboard access (insecure context, denied): the text is selected for Ctrl+C.
      setCopied('manual');
      textRef.current?.select();
    }
  };

  return (
    <dialog
      ref={ref}
      className="embed-dialog"
      aria-labelledby={headingId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onClick={(e) => {
        if (e.target === ref.current) onClose();
      }}
    >
      <div className="embed-dialog-body">
        <h2 id={headingId} className="embed-dialog-title">
          Embed this view
        </h2>
        <p className="muted">
          Paste this into an article. The frame fills the column&rsquo;s width and grows to fit what it shows; it opens on the view you see now.
        </p>
        <label htmlFor={textId} className="visually-hidden">
          Embed code
        </label>
        <textarea id={textId} ref={textRef} className="embed-code" readOnly rows={6} value={snippet} />
        <div className="button-row">
          <button type="button" className="button button-primary" onClick={copy}>
            Copy the code
          </button>
          <button type="button" className="button" onClick={onClose}>
            Close
          </button>
          <span className="muted" aria-live="polite">
            {copied === 'yes' ? 'Copied to the clipboard.' : copied === 'manual' ? 'The clipboard is not available here: the code is selected, copy it with Ctrl+C or ⌘C.' : ''}
          </span>
        </div>
      </div>
    </dialog>
  );
}
