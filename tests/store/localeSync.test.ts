import { afterEach, describe, expect, it } from 'vitest';
import { applyLocale, chooseDigits, getLocale } from '../../src/i18n/locale';
import { formatCount } from '../../src/i18n/format';
import { createAppStore } from '../../src/store/appStore';
import { DIGITS_KEY, LANG_KEY, startLocaleSync } from '../../src/store/localeSync';
import { memoryStorage } from './memoryStorage';


const rootElement = () => ({ lang: '', dir: '' }) as HTMLElement;

afterEach(() => {
  applyLocale('en');
  chooseDigits(null);
});

describe('localeSync', () => {
  it('opens in the language the address asks for, with <html lang dir> set once its words are in force', async () => {
    const store = createAppStore();
    const root = rootElement();
    const { ready } = startLocaleSync(store, root, memoryStorage(), '?lang=ar');
    expect(store.getState().lang).toBe('ar');
    await ready;
    expect(getLocale()).toBe('ar');
    expect([root.lang, root.dir]).toEqual(['ar', 'rtl']);
    expect(formatCount(1234)).toBe('١٬٢٣٤');
  });

  it('opens in the remembered language and digits when the address names none', async () => {
    const store = createAppStore();
    const root = rootElement();
    await startLocaleSync(store, root, memoryStorage({ [LANG_KEY]: 'ar', [DIGITS_KEY]: 'latn' }), '').ready;
    expect(store.getState().digits).toBe('latn');
    expect(root.dir).toBe('rtl');
    expect(formatCount(1234)).toBe('1,234');
  });

  it('remembers a switch and turns the page back left to right', async () => {
    const store = createAppStore();
    const root = rootElement();
    const storage = memoryStorage();
    const { ready, stop } = startLocaleSync(store, root, storage, '?lang=ar');
    await ready;
    store.getState().setLang('en');
    await new Promise((r) => setTimeout(r, 0));
    expect([root.lang, root.dir]).toEqual(['en', 'ltr']);
    expect(storage.getItem(LANG_KEY)).toBe('en');
    stop();
  });

  it('ignores a language it does not have', async () => {
    const store = createAppStore();
    const root = rootElement();
    await startLocaleSync(store, root, memoryStorage({ [LANG_KEY]: 'fr' }), '?lang=xx').ready;
    expect(store.getState().lang).toBe('en');
    expect(root.dir).toBe('ltr');
  });
});
