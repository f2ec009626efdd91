import { describe, expect, it } from 'vitest';
import data from '../../data/coalition.json';
import { MARK_CONTRAST, PLOT_BACKGROUNDS } from '../../src/model/actorColors';
import { contrastRatio, parseHex } from '../../src/model/contrast';

describe('the default dataset\'s actor colours', () => {
  it.each(data.actors.map((a) => [a.id, a.color]))('%s (%s) keeps 3:1 on every plot background, light and dark', (_id, color) => {
    for (const bg of [...PLOT_BACKGROUNDS.light, ...PLOT_BACKGROUNDS.dark]) {
      expect(contrastRatio(parseHex(color!)!, parseHex(bg)!), `on ${bg}`).toBeGreaterThanOrEqual(MARK_CONTRAST);
    }
  });
});
