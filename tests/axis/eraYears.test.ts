import { describe, expect, it } from 'vitest';
import { showsEra } from '../../src/axis/eraYears';
import { formatTick, tickCountFor } from '../../src/axis/tickFormat';
import { timeScale } from '../../src/axis/timeScale';
import { parsePartialDate } from '../../src/model/partialDate';

const at = (text: string) => parsePartialDate(text)!.start;
const labels = (from: string, to: string, width = 1100) => {
  const domain: [number, number] = [at(from), at(to)];
  return timeScale(domain, [0, width]).ticks(tickCountFor(width)).map((t) => formatTick(new Date(t), showsEra(domain)));
};

describe('axis ticks before 1 CE', () => {
  it('fall on round years as counted, with BCE and CE on the labels, when the span crosses year 1', () => {
    // 4000 BCE (-3999) to 2000 CE.
    expect(labels('-3999', '2000')).toEqual(['4000 BCE', '3500 BCE', '3000 BCE', '2500 BCE', '2000 BCE', '1500 BCE', '1000 BCE', '500 BCE', '1 CE', '500 CE', '1000 CE', '1500 CE', '2000 CE']);
  });

  it('label a span wholly BCE with BCE only, on round years', () => {
    expect(labels('-3599', '-3399')).toEqual(['3600 BCE', '3580 BCE', '3560 BCE', '3540 BCE', '3520 BCE', '3500 BCE', '3480 BCE', '3460 BCE', '3440 BCE', '3420 BCE', '3400 BCE']);
  });

  it('read months inside a BCE year, and single years across the change of era', () => {
    expect(labels('-3499-01-01', '-3499-07-01', 500)).toEqual(['3500 BCE', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul']);
    expect(labels('-0003', '0003', 700)).toEqual(['4 BCE', '3 BCE', '2 BCE', '1 BCE', '1 CE', '2 CE', '3 CE']);
  });

  it('leave CE years plain when nothing before year 1 is in view, years under 1000 included', () => {
    expect(labels('0600', '1000', 500)).toEqual(['600', '700', '800', '900', '1000']);
    expect(labels('0050', '0060', 500)).toEqual(['50', '52', '54', '56', '58', '60']);
  });
});
