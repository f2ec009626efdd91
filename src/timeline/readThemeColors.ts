/** Theme colours a canvas needs, read from the CSS variables of the app's theme. */
export interface ThemeColors {
  fg: string;
  muted: string;
  grid: string;
  border: string;
  surface: string;
  /** Raised surface (count badges). */
  surface2: string;
  bg: string;
  accent: string;
  focus: string;
  font: string;
  /** Mark labels' size in px: 0.75rem, so the canvas follows the browser's font size as the SVG labels do. */
  labelPx: number;
  /** Forced-colours mode: draw every lane in `fg`, not in its actor colour. */
  forced: boolean;
}

const FALLBACK: ThemeColors = {
  fg: '#1b1f24',
  muted: '#5b6470',
  grid: '#e4e7eb',
  border: '#cfd4da',
  surface: '#ffffff',
  surface2: '#eef1f4',
  bg: '#f6f7f9',
  accent: '#2563eb',
  focus: '#2563eb',
  font: 'system-ui, sans-serif',
  labelPx: 12,
  forced: false,
};

/**
 * A CSS system colour (`CanvasText`, `Highlight`, ...) as the browser resolves it now:
 * a canvas needs a concrete colour, and in forced-colours mode these are the user's.
 */
function resolveSystemColor(doc: Document, name: string): string {
  const probe = doc.createElement('span');
  probe.style.color = name;
  doc.body.append(probe);
  const resolved = getComputedStyle(probe).color;
  probe.remove();
  return resolved;
}

/**
 * Current theme colours of `el` (canvas drawing cannot use var()). In forced-colours
 * mode (Windows high contrast) they are the user's system colours, and `forced` tells
 * the canvas to draw every lane in the text colour, as the SVG marks are.
 */
export function readThemeColors(el: Element): ThemeColors {
  const doc = el.ownerDocument;
  const labelPx = 0.75 * (parseFloat(getComputedStyle(doc.documentElement).fontSize) || 16);
  if (typeof matchMedia === 'function' && matchMedia('(forced-colors: active)').matches) {
    const [text, canvas, gray, highlight] = ['CanvasText', 'Canvas', 'GrayText', 'Highlight'].map((c) => resolveSystemColor(doc, c));
    const font = getComputedStyle(el).getPropertyValue('--font-sans').trim() || FALLBACK.font;
    return { fg: text, muted: text, grid: gray, border: text, surface: canvas, surface2: canvas, bg: canvas, accent: highlight, focus: highlight, font, labelPx, forced: true };
  }
  const style = getComputedStyle(el);
  const get = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    fg: get('--fg', FALLBACK.fg),
    muted: get('--muted', FALLBACK.muted),
    grid: get('--grid', FALLBACK.grid),
    border: get('--border', FALLBACK.border),
    surface: get('--surface', FALLBACK.surface),
    surface2: get('--surface-2', FALLBACK.surface2),
    bg: get('--bg', FALLBACK.bg),
    accent: get('--accent', FALLBACK.accent),
    focus: get('--focus', FALLBACK.focus),
    font: get('--font-sans', FALLBACK.font),
    labelPx,
    forced: false,
  };
}
