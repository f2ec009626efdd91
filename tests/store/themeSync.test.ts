import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/store/appStore';
import { startThemeSync, THEME_KEY } from '../../src/store/themeSync';
import { memoryStorage } from './memoryStorage';


describe('themeSync', () => {
  it('restores the saved choice onto <html data-theme>', () => {
    const store = createAppStore();
    const root = { dataset: {} as Record<string, string> } as unknown as HTMLElement;
    startThemeSync(store, root, memoryStorage({ [THEME_KEY]: 'dark' }));
    expect(store.getState().theme).toBe('dark');
    expect(root.dataset.theme).toBe('dark');
  });

  it('applies and remembers a new choice', () => {
    const store = createAppStore();
    const storage = memoryStorage();
    const root = { dataset: {} as Record<string, string> } as unknown as HTMLElement;
    startThemeSync(store, root, storage);
    expect(root.dataset.theme).toBe('system');
    store.getState().setTheme('light');
    expect(root.dataset.theme).toBe('light');
    expect(storage.getItem(THEME_KEY)).toBe('light');
  });

  it('ignores a saved value it does not know', () => {
    const store = createAppStore();
    const root = { dataset: {} as Record<string, string> } as unknown as HTMLElement;
    startThemeSync(store, root, memoryStorage({ [THEME_KEY]: 'neon' }));
    expect(store.getState().theme).toBe('system');
  });
});
