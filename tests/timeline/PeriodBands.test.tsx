import { render, screen } from '@testing-library/react';
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import PeriodBands from '../../src/timeline/PeriodBands';
import { shownSpan } from '../../src/axis/shownSpan';

const periods = [
  { title: 'Era Test 600-650', start: '0600', end: '0650' },
  { title: 'Caliphate', start: '2014-06', end: '2017-07' },
];

const at = (y: number) => { const d = new Date(Date.UTC(2000, 0, 1)); d.setUTCFullYear(y); return d.getTime(); };

describe('PeriodBands', () => {
  afterEach(() => {
    act(() => {
      shownSpan.getState().reset([Date.UTC(2014, 0, 1), Date.UTC(2025, 0, 1)]);
    });
  });

  it('places each band at its dates and moves it when the view zooms, hiding bands out of view', () => {
    act(() => {
      shownSpan.getState().reset([at(1), at(2100)], [Date.UTC(2014, 0, 1), Date.UTC(2018, 0, 1)]);
    });
    render(<PeriodBands periods={periods} width={400} />);
    const bands = screen.getByTestId('period-bands').children as HTMLCollectionOf<HTMLElement>;
    expect(bands[0].style.display).toBe('none');
    const span = Date.UTC(2018, 0, 1) - Date.UTC(2014, 0, 1);
    const x0 = ((Date.UTC(2014, 5, 1) - Date.UTC(2014, 0, 1)) / span) * 400;
    const x1 = ((Date.UTC(2017, 7, 1) - Date.UTC(2014, 0, 1)) / span) * 400;
    expect(parseFloat(/translateX\(([-\d.]+)px\)/.exec(bands[1].style.transform)![1])).toBeCloseTo(x0, 6);
    expect(parseFloat(bands[1].style.width)).toBeCloseTo(x1 - x0, 6);
    expect(bands[1].textContent).toBe('Caliphate');

    act(() => shownSpan.getState().show([at(550), at(700)]));
    expect(bands[0].style.display).toBe('');
    expect(bands[1].style.display).toBe('none');
  });

  it('lists the periods with their dates for screen readers', () => {
    render(<PeriodBands periods={periods} width={400} />);
    const list = screen.getByRole('list', { name: 'Periods' });
    expect(list.textContent).toContain('Caliphate: June 2014 – July 2017');
    expect(list.textContent).toContain('Era Test 600-650: 600–650');
  });
});
