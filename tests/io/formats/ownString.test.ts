import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ownString } from '../../../src/io/formats/ownString';

describe('ownString', () => {
  it('gives back the same text, for any string cut from a longer one', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.nat(50), (text, cut) => {
        const part = text.slice(Math.min(cut, text.length));
        expect(ownString(part)).toBe(part);
      }),
      { numRuns: 1000, seed: 20140610 },
    );
  });
});
