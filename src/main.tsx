// Emitted as its own asset and fetched at run time: the data does not weigh on the JS bundle.
import defaultDataUrl from '../data/coalition.json?url';
import { startWorkerEarly } from './io/earlyWorker';

// The dataset starts loading in the parse worker before the app's code is fetched
// and evaluated (a few hundred ms on a slow machine), so the two overlap. The
// session's load of the same address adopts this worker; the ?data= rules
// (http and https only, blank = the default) are the URL state's, checked again there.
startWorkerEarly(new URLSearchParams(location.search).get('data') || defaultDataUrl);

const root = document.getElementById('root')!;
import('./mountApp')
  .then(({ mountApp }) => mountApp(root, defaultDataUrl))
  .catch((error: unknown) => {
    // Without the app's code nothing else can explain the failure: say it as plain text.
    root.textContent = `Coalition Timeline could not start: ${error instanceof Error ? error.message : String(error)}. Reload the page to try again.`;
  });
