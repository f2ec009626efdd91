// First, on purpose: starts the dataset load before the rest of the app evaluates (the built
// page has already run it from its own early script; a module runs once).
import { defaultDataUrl } from './earlyLoad';
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { appStore } from './store/appStore';
import { startSession } from './store/session';
import { App } from './ui/App';
import { ErrorBoundary } from './ui/ErrorBoundary';
import { listenForDrops } from './ui/openRequest';
import './ui/app.css';
import './ui/typeWarmup.css';
import { t } from './i18n/t';

// Evaluating the bundle is one task; the session's start (URL, theme, language, the load's
// adoption of the early worker) and React's first render each wait for a task of their own,
// so the app's start-up is not one long task beside the worker's load.
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

void nextTask().then(() => {
  const session = startSession(appStore, defaultDataUrl);
  listenForDrops(window);
  // A page asked for in another language is drawn once its words are here, never in English first.
  // The shell's first render is a transition: React yields to the browser every few milliseconds
  // while it renders.
  return session.languageReady.then(nextTask).then(() => {
    const root = createRoot(document.getElementById('root')!);
    startTransition(() =>
      root.render(
        <StrictMode>
          <ErrorBoundary label={t('appName')}>
            <App defaultDataUrl={defaultDataUrl} onLoadDefault={session.loadDefault} onReload={session.reload} />
          </ErrorBoundary>
        </StrictMode>,
      ),
    );
  });
});
