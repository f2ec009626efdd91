import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contrastRatio, fitLuminance, luminanceBand, parseHex, relativeLuminance } from '../../src/model/contrast';

describe('contrast', () => {
  it('gives WCAG values: black on white is 21:1, a colour on itself 1:1', () => {
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
    expect(contrastRatio([120, 30, 200], [120, 30, 200])).toBe(1);
    // WCAG's own worked example: #777777 on white is 4.48:1.
    expect(contrastRatio(parseHex('#777')!, [255, 255, 255])).toBeCloseTo(4.48, 2);
  });

  it('reads #rgb and #rrggbb and refuses anything else', () => {
    expect(parseHex('#AbC')).toEqual([170, 187, 204]);
    expect(parseHex('#0072b2')).toEqual([0, 114, 178]);
    expect(parseHex('red')).toBeNull();
    expect(parseHex('#12345')).toBeNull();
  });

  it('bands luminance between the lightest dark and the darkest light background', () => {
    const band = luminanceBand({ light: ['#ffffff'], dark: ['#000000'] }, 3);
    expect(band.min).toBeCloseTo(0.1, 5);
    expect(band.max).toBeCloseTo(0.3, 5);
  });

  it('leaves a colour inside the band as it is and moves any other one in (property)', () => {
    const band = luminanceBand({ light: ['#ffffff', '#f6f6f3'], dark: ['#171a1e', '#101215'] }, 3);
    expect(fitLuminance('#0072b2', band)).toBe('#0072b2');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffff }), (n) => {
        const l = relativeLuminance(parseHex(fitLuminance('#' + n.toString(16).padStart(6, '0'), band))!);
        return l >= band.min && l <= band.max;
      }),
      { seed: 7, numRuns: 2000 },
    );
  });
});
