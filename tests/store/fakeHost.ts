import type { UrlHost } from '../../src/store/urlSync';

/** A browser address bar and history in memory: push, replace, back, forward, popstate. */
export function fakeHost(initial = '/') {
  const entries: string[] = [initial];
  let at = 0;
  const listeners = new Set<() => void>();
  const location = { pathname: '/', search: '', hash: '' };
  const show = () => {
    const url = new URL(entries[at], 'http://app.test');
    location.pathname = url.pathname;
    location.search = url.search;
    location.hash = url.hash;
  };
  show();
  const history = {
    state: null,
    pushState: (_s: unknown, _t: string, url: string) => {
      entries.splice(at + 1, entries.length, url);
      at = entries.length - 1;
      show();
    },
    replaceState: (_s: unknown, _t: string, url: string) => {
      entries[at] = url;
      show();
    },
  };
  const host = {
    location,
    history,
    addEventListener: (_type: string, fn: () => void) => listeners.add(fn),
    removeEventListener: (_type: string, fn: () => void) => listeners.delete(fn),
  } as unknown as UrlHost;
  const go = (delta: number) => {
    at = Math.min(Math.max(at + delta, 0), entries.length - 1);
    show();
    listeners.forEach((fn) => fn());
  };
  return {
    host,
    entries,
    get url() {
      return entries[at];
    },
    back: () => go(-1),
    forward: () => go(1),
  };
}
