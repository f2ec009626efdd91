import { useRef, useState } from 'react';
import { t } from '../i18n/failure.en';
import { problemPath } from '../i18n/problemPath';
import { ProblemPath } from './ProblemPath';
import { problemMessage } from '../i18n/problemText';
import { RejectedLoadPanel } from '../open/RejectedLoadPanel';
import { useAppStore } from '../store/appStore';
import type { LoadError } from '../store/dataSlice';

/** Most problems listed on the page; all of them are in the copied text. */
const SHOWN_PROBLEMS = 100;

/** The problems as plain text, one per line, for a bug report or an editor. */
export function problemsText(error: LoadError): string {
  return [`${error.title}`, error.location, '', ...error.problems.map((p) => (p.path ? `${problemPath(p.path)}: ${problemMessage(p)}` : problemMessage(p)))].join(
    '\n',
  );
}

/** Props of LoadErrorPanel. */
export interface LoadErrorPanelProps {
  /** The failure; null while a load with rejected rows waits for its report (then that is shown). */
  error: LoadError | null;
  /** Drops the failing `data=` and loads the default dataset; absent when the default itself failed. */
  onLoadDefault?: () => void;
}

/**
 * A dataset that could not be shown, explained: what failed, at which address,
 * every problem with its path, a way to copy them, and a way back to the default.
 */
export function LoadErrorPanel({ error, onLoadDefault }: LoadErrorPanelProps) {
  const report = useAppStore((s) => s.status === 'report');
  if (report || !error) return <RejectedLoadPanel onLoadDefault={onLoadDefault} />;
  return <FailedLoad error={error} onLoadDefault={onLoadDefault} />;
}

function FailedLoad({ error, onLoadDefault }: LoadErrorPanelProps & { error: LoadError }) {
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'manual'>('idle');
  const fallback = useRef<HTMLTextAreaElement>(null);
  const text = problemsText(error);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopyState('copied');
    } catch {
      // No clipboard access (insecure context, denied): show the text selected for Ctrl+C.
      setCopyState('manual');
      requestAnimationFrame(() => fallback.current?.select());
    }
  };

  return (
    <section className="load-error" role="alert" aria-labelledby="load-error-title">
      <h2 id="load-error-title" className="load-error-title">
        {error.title}
      </h2>
      <p className="load-error-location">
        {t('errorAddress')} <code dir="ltr">{error.location}</code>
      </p>
      <ul className="problem-list">
        {error.problems.slice(0, SHOWN_PROBLEMS).map((p, i) => (
          <li key={i}>
            {p.path && <ProblemPath path={p.path} />}
            {p.path && ': '}
            {problemMessage(p)}
          </li>
        ))}
      </ul>
      {error.problems.length > SHOWN_PROBLEMS && (
        <p className="muted">
          {t('moreProblemsInCopy', { count: error.problems.length - SHOWN_PROBLEMS })}
        </p>
      )}
      <div className="button-row">
        <button type="button" className="button" onClick={copy}>
          {t('copyProblems')}
        </button>
        {onLoadDefault && (
          <button type="button" className="button button-primary" onClick={onLoadDefault}>
            {t('loadDefault')}
          </button>
        )}
        <span className="muted" aria-live="polite">
          {copyState === 'copied' ? t('copied') : ''}
        </span>
      </div>
      {copyState === 'manual' && (
        <div className="field">
          <label htmlFor="problems-text">{t('clipboardUnavailable')}</label>
          <textarea id="problems-text" ref={fallback} readOnly rows={6} value={text} />
        </div>
      )}
    </section>
  );
}
