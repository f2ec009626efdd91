import { useId, useRef, useState } from 'react';
import { embedSnippet } from './embedSnippet';
import './embed.css';
import { t } from '../i18n/embed.en';
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
  const snippet = embedSnippet(pageUrl, t('embedFrameTitle', { title }));

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
          {t('embedTitle')}
        </h2>
        <p className="muted">
          {t('embedHow')}
        </p>
        <label htmlFor={textId} className="visually-hidden">
          {t('embedCode')}
        </label>
        <textarea id={textId} ref={textRef} className="embed-code" readOnly rows={6} value={snippet} />
        <div className="button-row">
          <button type="button" className="button button-primary" onClick={copy}>
            {t('embedCopy')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('embedClose')}
          </button>
          <span className="muted" aria-live="polite">
            {copied === 'yes' ? t('embedCopied') : copied === 'manual' ? t('embedCopyByHand') : ''}
          </span>
        </div>
      </div>
    </dialog>
  );
}
