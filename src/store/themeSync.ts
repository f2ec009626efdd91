import type { AppStore } from './appStore';
import type { ThemeChoice } from './viewSlice';

/** localStorage key of the theme choice. */
export const THEME_KEY = 'coalition-timeline.theme';

const isTheme = (value: unknown): value is ThemeChoice => value === 'system' || value === 'light' || value === 'dark';

/**
 * Restores the saved theme, then mirrors every change onto `<html data-theme>` (the
 * CSS and the canvases read it) and into localStorage. Storage may be unavailable
 * (private mode, sandboxed frames): the choice then lasts for the session only.
 */
export function startThemeSync(store: AppStore, root: HTMLElement, storage: Storage | null): () => void {
  try {
    const saved = storage?.getItem(THEME_KEY);
    if (isTheme(saved)) store.getState().setTheme(saved);
  } catch {
    // Unreadable storage: keep the default.
  }
  root.dataset.theme = store.getState().theme;
  return store.subscribe(
    (s) => s.theme,
    (theme) => {
      root.dataset.theme = theme;
      try {
        storage?.setItem(THEME_KEY, theme);
      } catch {
        // Unwritable storage: the choice lasts for this session.
      }
    },
  );
}
