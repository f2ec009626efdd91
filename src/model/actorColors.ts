import { fitLuminance, luminanceBand } from './contrast';
import type { Actor } from './types';

/**
 * The backgrounds actor colours are drawn on, both themes (`--surface`, `--bg` and
 * `--surface-2` in src/ui/app.css; a test keeps the two lists in step).
 */
export const PLOT_BACKGROUNDS = {
  light: ['#ffffff', '#f6f6f3', '#efefea'],
  dark: ['#171a1e', '#101215', '#1f2329'],
} as const;

/** Marks, lines and swatches need 3:1 against their background (WCAG 1.4.11). */
export const MARK_CONTRAST = 3;

/** Luminances that keep 3:1 against every plot background of both themes. */
export const ACTOR_LUMINANCE_BAND = luminanceBand(PLOT_BACKGROUNDS, MARK_CONTRAST);

/*
 * Colour-blind-safe qualitative palettes: Okabe & Ito (2008) without its black, then
 * Paul Tol's "muted" scheme, each moved into the luminance band above (the yellows and
 * sky blues darkened, Tol's indigo and wine lightened) so every lane keeps 3:1 in light
 * and dark alike. Lanes take them in actor order, so a dataset always gets the same colours.
 */
const OKABE_ITO = ['#e69f00', '#56b4e9', '#009e73', '#f0e442', '#0072b2', '#d55e00', '#cc79a7'];
const TOL_MUTED = ['#cc6677', '#332288', '#ddcc77', '#117733', '#88ccee', '#882255', '#44aa99', '#999933', '#aa4499'];
/** The palette lanes take colours from, in order. */
export const ACTOR_PALETTE: readonly string[] = [...OKABE_ITO, ...TOL_MUTED].map((c) =>
  fitLuminance(c, ACTOR_LUMINANCE_BAND),
);

/** "#abc" or "#AABBCC" as "#aabbcc". */
export function normalizeHexColor(color: string): string {
  const c = color.toLowerCase();
  return c.length === 4 ? `#${c[1]}${c[1]}${c[2]}${c[2]}${c[3]}${c[3]}` : c;
}

/** Beyond the palette: hues a golden angle apart, mid lightness, so they stay apart from each other. */
function generated(k: number): string {
  const h = (k * 137.508 + 20) % 360;
  const s = 0.55;
  const l = k % 2 === 0 ? 0.5 : 0.62;
  const f = (n: number) => {
    const kk = (n + h / 30) % 12;
    const v = l - s * Math.min(l, 1 - l) * Math.max(-1, Math.min(kk - 3, 9 - kk, 1));
    return Math.round(v * 255).toString(16).padStart(2, '0');
  };
  return fitLuminance(`#${f(0)}${f(8)}${f(4)}`, ACTOR_LUMINANCE_BAND);
}

/**
 * One colour per actor, by index: the actor's own `color` when it gives one, else
 * the next palette colour no other actor uses. All colours are lower-case "#rrggbb"
 * inside ACTOR_LUMINANCE_BAND: a colour the data gives that would fall under 3:1 on
 * either theme is darkened or lightened just enough, keeping its hue.
 */
export function resolveActorColors(actors: Actor[]): string[] {
  const taken = new Set<string>();
  const own = actors.map((a) => (a.color ? fitLuminance(normalizeHexColor(a.color), ACTOR_LUMINANCE_BAND) : null));
  for (const c of own) if (c) taken.add(c);
  let next = 0;
  const take = (): string => {
    for (;;) {
      const c = next < ACTOR_PALETTE.length ? ACTOR_PALETTE[next] : generated(next - ACTOR_PALETTE.length);
      next++;
      if (!taken.has(c)) {
        taken.add(c);
        return c;
      }
    }
  };
  return own.map((c) => c ?? take());
}
