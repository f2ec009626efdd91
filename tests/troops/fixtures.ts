import type { Series } from '../../src/model/types';

/** A small troop series touching each kind of figure, each estimate and each date precision. */
export const iraq: Series = {
  id: 'us-troops-iraq',
  name: 'US troops in Iraq',
  unit: 'troops',
  actor: 'us',
  points: [
    { date: '2014-06-30', value: 775, estimate: 'exact', kind: 'official', source: 'dod' },
    { date: '2015', value: 3100, estimate: 'authorized', kind: 'ceiling', source: 'dod' },
    { date: '2017-11', value: 5200, estimate: 'approximate', kind: 'official', source: 'news', quote: 'about 5,200 troops' },
    { date: '2018-03', value: 5000, estimate: 'approximate', kind: 'count', source: 'news' },
    { date: '2020-09-30', value: 3000, estimate: 'exact', kind: 'planned', source: 'news' },
    { date: '2024-01-27', value: 2500, estimate: 'exact', kind: 'official', source: 'news' },
  ],
};
