import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AxisTicks } from '../../src/axis/AxisTicks';

const inSvg = (node: React.ReactNode) => render(<svg>{node}</svg>).container;
const ticks = [
  { value: 0, at: 0, label: '0', anchor: 'start' as const },
  { value: 5000, at: 50, label: '5,000' },
  { value: 10000, at: 100, label: '10,000', anchor: 'end' as const },
];

describe('AxisTicks', () => {
  it('puts each bottom tick at its position with its label under the line, keeping the end labels inside', () => {
    const svg = inSvg(<AxisTicks orient="bottom" ticks={ticks} size={6} line={[0, 100]} />);
    const groups = [...svg.querySelectorAll('.tick')];
    expect(groups.map((g) => g.getAttribute('transform'))).toEqual(['translate(0.5,0)', 'translate(50.5,0)', 'translate(100.5,0)']);
    expect(groups.map((g) => g.querySelector('text')!.textContent)).toEqual(['0', '5,000', '10,000']);
    expect(groups.map((g) => g.querySelector('text')!.getAttribute('text-anchor'))).toEqual(['start', null, 'end']);
    // Labels sit below the tick line and its padding.
    expect(groups[1].querySelector('line')!.getAttribute('y2')).toBe('6');
    expect(groups[1].querySelector('text')!.getAttribute('y')).toBe('9');
    expect(svg.querySelector('.domain')!.getAttribute('d')).toBe('M0.5,0V0.5H100.5V0');
  });

  it('runs a grid line across the plot from each left tick, labels before the axis and no axis line unless asked', () => {
    const svg = inSvg(<AxisTicks orient="left" ticks={ticks} size={-300} padding={6} />);
    const groups = [...svg.querySelectorAll('.tick')];
    expect(groups.map((g) => g.getAttribute('transform'))).toEqual(['translate(0,0.5)', 'translate(0,50.5)', 'translate(0,100.5)']);
    expect(groups.every((g) => g.querySelector('line')!.getAttribute('x2') === '300')).toBe(true);
    expect(groups[0].querySelector('text')!.getAttribute('x')).toBe('-6');
    expect(svg.querySelector('.domain')).toBeNull();
  });
});
