/** Theme colours a canvas needs, read from the CSS variables of the app's theme. */
export interface ThemeColors {
  fg: string;
  muted: string;
  grid: string;
  border: string;
  surface: string;
  bg: string;
  accent: string;
  focus: string;
  font: string;
}

const FALLBACK: ThemeColors = {
  fg: '#1b1f24',
  muted: '#5b6470',
  grid: '#e4e7eb',
  border: '#cfd4da',
  surface: '#ffffff',
  bg: '#f6f7f9',
  accent: '#2563eb',
  focus: '#2563eb',
  font: 'system-ui, sans-serif',
};

/** Current theme colours of `el` (canvas drawing cannot use var()). */
export function readThemeColors(el: Element): ThemeColors {
  const style = getComputedStyle(el);
  const get = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    fg: get('--fg', FALLBACK.fg),
    muted: get('--muted', FALLBACK.muted),
    grid: get('--grid', FALLBACK.grid),
    border: get('--border', FALLBACK.border),
    surface: get('--surface', FALLBACK.surface),
    bg: get('--bg', FALLBACK.bg),
    accent: get('--accent', FALLBACK.accent),
    focus: get('--focus', FALLBACK.focus),
    font: get('--font-sans', FALLBACK.font),
  };
}
