import { describe, expect, it } from 'vitest';
import { ACTOR_PALETTE, resolveActorColors } from '../../src/model/actorColors';
import type { Actor } from '../../src/model/types';

const actors = (n: number, colors: Record<number, string> = {}): Actor[] =>
  Array.from({ length: n }, (_, i) => ({ id: `a${i}`, name: `A${i}`, ...(colors[i] ? { color: colors[i] } : {}) }));

describe('resolveActorColors', () => {
  it('uses the actor colour when given, normalised to #rrggbb', () => {
    expect(resolveActorColors(actors(2, { 1: '#ABC' }))).toEqual([ACTOR_PALETTE[0], '#aabbcc']);
  });

  it('takes palette colours in order, Okabe-Ito first', () => {
    expect(resolveActorColors(actors(3))).toEqual(['#e69f00', '#56b4e9', '#009e73']);
  });

  it('skips a palette colour another actor already chose', () => {
    expect(resolveActorColors(actors(2, { 1: '#E69F00' }))).toEqual(['#56b4e9', '#e69f00']);
  });

  it('gives every actor a distinct colour, beyond the palette too', () => {
    const colors = resolveActorColors(actors(60));
    expect(new Set(colors).size).toBe(60);
    for (const c of colors) expect(c).toMatch(/^#[0-9a-f]{6}$/);
  });
});
