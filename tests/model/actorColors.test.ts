import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTOR_PALETTE, MARK_CONTRAST, PLOT_BACKGROUNDS, resolveActorColors } from '../../src/model/actorColors';
import { contrastRatio, parseHex } from '../../src/model/contrast';
import type { Actor } from '../../src/model/types';

const actors = (n: number, colors: Record<number, string> = {}): Actor[] =>
  Array.from({ length: n }, (_, i) => ({ id: `a${i}`, name: `A${i}`, ...(colors[i] ? { color: colors[i] } : {}) }));

const backgrounds = [...PLOT_BACKGROUNDS.light, ...PLOT_BACKGROUNDS.dark];
/** The lowest contrast of `color` against any plot background of either theme. */
const worstContrast = (color: string) => Math.min(...backgrounds.map((bg) => contrastRatio(parseHex(color)!, parseHex(bg)!)));

describe('resolveActorColors', () => {
  it('uses the actor colour when given, normalised to #rrggbb', () => {
    expect(resolveActorColors(actors(2, { 1: '#0072B2' }))).toEqual([ACTOR_PALETTE[0], '#0072b2']);
  });

  it('takes palette colours in order, Okabe-Ito first (moved into the 3:1 band)', () => {
    // Okabe-Ito orange, sky blue and bluish green, the first two darkened for the light theme.
    expect(resolveActorColors(actors(3))).toEqual(['#b77f00', '#4591bc', '#009d72']);
  });

  it('skips a palette colour another actor already chose', () => {
    expect(resolveActorColors(actors(2, { 1: '#B77F00' }))).toEqual([ACTOR_PALETTE[1], '#b77f00']);
  });

  it('gives every actor a distinct colour, beyond the palette too', () => {
    const colors = resolveActorColors(actors(60));
    expect(new Set(colors).size).toBe(60);
    for (const c of colors) expect(c).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('keeps every colour, palette or generated, at 3:1 or more on every plot background of both themes', () => {
    for (const c of resolveActorColors(actors(60))) expect(worstContrast(c), c).toBeGreaterThanOrEqual(MARK_CONTRAST);
  });

  it('darkens or lightens a colour the data gives that would fall under 3:1, keeping its hue', () => {
    // #EE8866 is 2.52:1 on white; #332288 is 1.43:1 on the dark surface.
    const [salmon, indigo] = resolveActorColors(actors(2, { 0: '#EE8866', 1: '#332288' }));
    expect(worstContrast(salmon)).toBeGreaterThanOrEqual(3);
    expect(worstContrast(indigo)).toBeGreaterThanOrEqual(3);
    const [r, g, b] = parseHex(salmon)!;
    expect(r).toBeGreaterThan(g);
    expect(g).toBeGreaterThan(b);
  });

  it('fits any colour a file may give (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffff }), (n) => {
        const [c] = resolveActorColors(actors(1, { 0: '#' + n.toString(16).padStart(6, '0') }));
        return worstContrast(c) >= MARK_CONTRAST;
      }),
      { seed: 11, numRuns: 1000 },
    );
  });
});

describe('PLOT_BACKGROUNDS', () => {
  it('are the surfaces the theme stylesheet defines, light and dark', () => {
    const css = readFileSync('src/ui/app.css', 'utf8');
    const block = (selector: string) => css.slice(css.indexOf(selector), css.indexOf('}', css.indexOf(selector)));
    const vars = (text: string) => ['--surface:', '--bg:', '--surface-2:'].map((v) => new RegExp(`${v}\\s*(#[0-9a-f]{6})`, 'i').exec(text)?.[1]?.toLowerCase());
    expect(new Set(vars(block(':root {')))).toEqual(new Set(PLOT_BACKGROUNDS.light));
    expect(new Set(vars(block(":root[data-theme='dark']")))).toEqual(new Set(PLOT_BACKGROUNDS.dark));
  });
});
