import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Emitted as its own asset and fetched at run time: the data does not weigh on the JS bundle.
import defaultDataUrl from '../data/coalition.json?url';
import { appStore } from './store/appStore';
import { startSession } from './store/session';
import { App } from './ui/App';
import { ErrorBoundary } from './ui/ErrorBoundary';
import './ui/app.css';

const session = startSession(appStore, defaultDataUrl);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary label="Coalition Timeline">
      <App defaultDataUrl={defaultDataUrl} onLoadDefault={session.loadDefault} />
    </ErrorBoundary>
  </StrictMode>,
);
