import type { Actor } from './types';

/*
 * Colour-blind-safe qualitative palettes: Okabe & Ito (2008) without its black,
 * which vanishes on the dark theme, then Paul Tol's "muted" scheme. Lanes take
 * them in actor order, so the same dataset always gets the same colours.
 */
const OKABE_ITO = ['#e69f00', '#56b4e9', '#009e73', '#f0e442', '#0072b2', '#d55e00', '#cc79a7'];
const TOL_MUTED = ['#cc6677', '#332288', '#ddcc77', '#117733', '#88ccee', '#882255', '#44aa99', '#999933', '#aa4499'];
/** The palette lanes take colours from, in order. */
export const ACTOR_PALETTE: readonly string[] = [...OKABE_ITO, ...TOL_MUTED];

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
  return `#${f(0)}${f(8)}${f(4)}`;
}

/**
 * One colour per actor, by index: the actor's own `color` when it gives one, else
 * the next palette colour no other actor uses. All colours are distinct
 * lower-case "#rrggbb" (unless two actors explicitly ask for the same colour).
 */
export function resolveActorColors(actors: Actor[]): string[] {
  const taken = new Set<string>();
  for (const a of actors) if (a.color) taken.add(normalizeHexColor(a.color));
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
  return actors.map((a) => (a.color ? normalizeHexColor(a.color) : take()));
}
