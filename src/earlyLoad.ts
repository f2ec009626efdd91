// Emitted as its own asset and fetched at run time: the data does not weigh on the JS bundle.
import defaultDataUrl from '../data/coalition.json?url';
import { startWorkerEarly } from './load/earlyWorker';

/*
 * The built page runs this module as an entry of its own, an async script in the head
 * (vite.config.ts earlyEntry), so the parse worker is created before the app's bundle
 * has been fetched and evaluated, while the main thread is still free to fetch the
 * worker's script; main.tsx also imports it first (the dev server has no early script),
 * and it runs once either way. The session's load of the same address adopts this
 * worker; the ?data= rules (http and https only, blank = the default) are the URL
 * state's, and are checked again there.
 */
startWorkerEarly(new URLSearchParams(location.search).get('data') || defaultDataUrl);

export { defaultDataUrl };
