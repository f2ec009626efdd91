import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { appStore } from './store/appStore';
import { startSession } from './store/session';
import { App } from './ui/App';
import { ErrorBoundary } from './ui/ErrorBoundary';
import './ui/app.css';

/** Starts the session (URL, theme, search, the dataset load) and renders the app into `root`. */
export function mountApp(root: HTMLElement, defaultDataUrl: string): void {
  const session = startSession(appStore, defaultDataUrl);
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary label="Coalition Timeline">
        <App defaultDataUrl={defaultDataUrl} onLoadDefault={session.loadDefault} />
      </ErrorBoundary>
    </StrictMode>,
  );
}
