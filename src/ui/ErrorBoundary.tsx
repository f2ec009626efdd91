import { Component, type ErrorInfo, type ReactNode } from 'react';
import { t } from '../i18n/t';

/** Props of ErrorBoundary. */
export interface ErrorBoundaryProps {
  /** What broke, in the reader's words ("The timeline"). */
  label: string;
  children: ReactNode;
}

/**
 * Catches a render error in one view so the rest of the page keeps working, and
 * says what happened with a way to recover, instead of a blank page.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { error: Error | null }> {
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`${this.props.label} failed`, error, info.componentStack);
    globalThis.performance?.mark?.('timeline-error');
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <section className="view-error" role="alert">
        <h2 className="panel-title">{t('viewFailed', { view: this.props.label })}</h2>
        <p>
          {t('viewFailedWhy')} <code>{error.message}</code>
        </p>
        <div className="button-row">
          <button type="button" className="button" onClick={() => this.setState({ error: null })}>
            {t('tryAgain')}
          </button>
          <button type="button" className="button button-primary" onClick={() => window.location.reload()}>
            {t('reloadPage')}
          </button>
        </div>
      </section>
    );
  }
}
