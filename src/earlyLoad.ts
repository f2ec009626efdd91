// Emitted as its own asset and fetched at run time: the data does not weigh on the JS bundle.
import defaultDataUrl from '../data/coalition.json?url';
import { startWorkerEarly } from './load/earlyWorker';

/*
 * main.tsx imports this module first, and modules run in import order: the parse
 * worker starts fetching the dataset before React and the app's modules evaluate
 * (a few hundred ms on a slow machine), so the two overlap. The session's load of
 * the same address adopts this worker; the ?data= rules (http and https only,
 * blank = the default) are the URL state's, and are checked again there.
 */
startWorkerEarly(new URLSearchParams(location.search).get('data') || defaultDataUrl);

export { defaultDataUrl };
