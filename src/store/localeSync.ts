import { loadLocale } from '../i18n/translator';
import { chooseDigits, getLocale, isLocale, isRightToLeft, languageName, type Digits, type Locale } from '../i18n/locale';
import type { AppStore } from './appStore';

/** localStorage keys of the language and digits chosen. */
export const LANG_KEY = 'coalition-timeline.lang';
export const DIGITS_KEY = 'coalition-timeline.digits';

const isDigits = (x: unknown): x is Digits => x === 'latn' || x === 'arab';

function read(storage: Storage | null, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/**
 * The language of the page: `?lang=` when the address names one, else the reader's
 * last choice, else English; the digits are the reader's last choice. Each change
 * fetches the language's words (a chunk of its own) before anything switches, then
 * sets `<html lang dir>` and remembers the choice. `ready` settles once the first
 * language is in force, so a page asked for in Arabic is never drawn in English
 * first. The address follows through URL sync (`lang` is one of its parts).
 */
export function startLocaleSync(store: AppStore, root: HTMLElement, storage: Storage | null, search: string): { ready: Promise<void>; stop: () => void } {
  const asked = new URLSearchParams(search).get('lang');
  const saved = read(storage, LANG_KEY);
  const savedDigits = read(storage, DIGITS_KEY);
  const lang: Locale = isLocale(asked) ? asked : isLocale(saved) ? saved : getLocale();
  store.setState({ lang, digits: isDigits(savedDigits) ? savedDigits : null });

  const apply = async (locale: Locale, digits: Digits | null, remember: boolean) => {
    try {
      await loadLocale(locale);
    } catch {
      // The words could not be fetched (offline): stay in the language in force.
      store.setState({ lang: getLocale() });
      store.getState().addNotice({ key: 'noticeLanguageUnavailable', params: { language: languageName(locale) } });
      return;
    }
    chooseDigits(digits);
    root.lang = locale;
    root.dir = isRightToLeft(locale) ? 'rtl' : 'ltr';
    if (!remember) return;
    try {
      storage?.setItem(LANG_KEY, locale);
      if (digits) storage?.setItem(DIGITS_KEY, digits);
      else storage?.removeItem(DIGITS_KEY);
    } catch {
      // Unwritable storage: the choice lasts for this session.
    }
  };
  const ready = apply(lang, store.getState().digits, false);
  const stop = store.subscribe(
    (s) => [s.lang, s.digits] as const,
    ([locale, digits]) => void apply(locale, digits, true),
    { equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] },
  );
  return { ready, stop };
}
