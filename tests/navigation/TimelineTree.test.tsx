import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { shownSpan } from '../../src/axis/shownSpan';
import { createInMemoryDataset } from '../../src/model/inMemoryDataset';
import { TimelineTree } from '../../src/navigation/TimelineTree';
import { allVisible, makeDataset } from '../timeline/fixture';
import { resetStores } from '../storeTestUtils';

const dataset = createInMemoryDataset(
  makeDataset([
    { id: 'strikes', date: '2014-08-08', title: 'First US airstrikes', importance: 3 },
    { id: 'advisers', date: '2014-09-15', title: 'Advisers sent' },
    { id: 'base', date: '2014-11-02', title: 'Base reopened' },
  ]),
);
const lanes = [{ actor: 0, y: 0, height: 60, rowsTop: 0, rows: 2 }];
const whole = [Date.UTC(2014, 0, 1), Date.UTC(2025, 0, 1)] as const;
const autumn2014 = [Date.UTC(2014, 7, 1), Date.UTC(2014, 11, 1)] as const;

beforeEach(() => {
  resetStores();
  shownSpan.getState().reset([...whole]);
});
afterEach(() => {
  resetStores();
});

/**
 * Opens the lane with the keyboard and checks which period is focused first, then goes back
 * up. Synchronous, so the quiet timer (a span still for 150 ms counts as at rest) cannot
 * run in between: what the test sees during a "gesture" is what a frame would show.
 */
function expectFirstPeriod(expected: RegExp) {
  act(() => screen.getByRole('treeitem', { name: /^United States/ }).focus());
  fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
  expect(document.activeElement).toHaveAccessibleName(expected);
  fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
}

describe('the timeline tree while the span moves', () => {
  it('keeps the periods of the span at rest during a gesture, and takes the new ones when it settles', () => {
    render(<TimelineTree dataset={dataset} mask={allVisible(dataset)} lanes={lanes} plotWidth={800} left={0} />);
    expectFirstPeriod(/^2014: 3 events/);
    // A zoom gesture's frames down to four months: the axis steps by months there.
    act(() => shownSpan.getState().follow([...autumn2014]));
    expectFirstPeriod(/^2014: 3 events/);
    act(() => shownSpan.getState().settle());
    expectFirstPeriod(/^August 2014: 1 event/);
  });
});
