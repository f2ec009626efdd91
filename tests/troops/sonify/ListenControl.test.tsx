import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Series } from '../../../src/model/types';
import { shownSpan } from '../../../src/axis/shownSpan';
import { ListenControl } from '../../../src/troops/sonify/ListenControl';
import { toTimedSeries } from '../../../src/troops/timedSeries';

/** A stand-in for Web Audio that records what was scheduled (jsdom has no audio). */
class FakeAudioContext {
  static created: FakeAudioContext[] = [];
  currentTime = 0;
  destination = {};
  frequencies: number[] = [];
  started = 0;
  stopped = 0;
  closed = false;
  constructor() {
    FakeAudioContext.created.push(this);
  }
  resume() {
    return Promise.resolve();
  }
  close() {
    this.closed = true;
    return Promise.resolve();
  }
  createGain() {
    const param = { value: 1, setValueAtTime: vi.fn(), exponentialRampToValueAtTime: vi.fn() };
    return { gain: param, connect: (n: unknown) => n, disconnect: vi.fn() };
  }
  createOscillator() {
    const frequencies = this.frequencies;
    const osc = {
      type: 'sine',
      frequency: { value: 0, setValueAtTime: (f: number) => frequencies.push(f) },
      connect: (n: unknown) => n,
      start: () => this.started++,
      stop: () => this.stopped++,
      onended: null as null | (() => void),
    };
    return osc;
  }
}

const series: Series = {
  id: 'iraq',
  name: 'US troops in Iraq',
  unit: 'troops',
  points: [
    { date: '2014-10-15', value: 1400, estimate: 'approximate', kind: 'official', source: 's' },
    { date: '2016-04-18', value: 4087, estimate: 'exact', kind: 'official', source: 's' },
    { date: '2020-09', value: 3000, estimate: 'exact', kind: 'official', source: 's' },
    { date: '2021-01', value: 3500, estimate: 'authorized', kind: 'ceiling', source: 's' },
  ],
};

beforeEach(() => {
  FakeAudioContext.created = [];
  vi.stubGlobal('AudioContext', FakeAudioContext);
  shownSpan.setState({ domain: [Date.parse('2014-01-01'), Date.parse('2024-01-01')] });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('Listen', () => {
  it('makes no sound and opens no audio device until a press', () => {
    render(<ListenControl timed={[toTimedSeries(series)]} />);
    expect(screen.getByRole('button', { name: 'Listen' })).toBeInTheDocument();
    expect(FakeAudioContext.created).toHaveLength(0);
  });

  it('plays the series as one tone whose pitch steps at each figure that held (never a ceiling), and says what it plays', async () => {
    const user = userEvent.setup();
    render(<ListenControl timed={[toTimedSeries(series)]} />);
    await user.click(screen.getByRole('button', { name: 'Listen' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Playing US troops in Iraq: 3 figures, from 1,400 to 4,087 troops'));
    const [ctx] = FakeAudioContext.created;
    // The tone's three pitches, plus a 2,400 Hz click at each step.
    const tones = ctx.frequencies.filter((f) => f !== 2400);
    expect(tones).toHaveLength(3);
    expect(tones[1]).toBeGreaterThan(tones[2]);
    expect(tones[2]).toBeGreaterThan(tones[0]);
    expect(screen.getByRole('button', { name: 'Stop' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('stops at once with Stop or Escape', async () => {
    const user = userEvent.setup();
    render(<ListenControl timed={[toTimedSeries(series)]} />);
    await user.click(screen.getByRole('button', { name: 'Listen' }));
    const stop = await screen.findByRole('button', { name: 'Stop' });
    const [ctx] = FakeAudioContext.created;
    const stoppedBefore = ctx.stopped;
    await user.keyboard('{Escape}');
    expect(ctx.stopped).toBeGreaterThan(stoppedBefore);
    expect(screen.getByRole('status')).toHaveTextContent('Stopped.');
    expect(stop).toHaveTextContent('Listen');
  });

  it('steps through the figures by key and by button, saying each with its change', async () => {
    const user = userEvent.setup();
    render(<ListenControl timed={[toTimedSeries(series)]} />);
    screen.getByRole('button', { name: 'Listen' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('status')).toHaveTextContent('US troops in Iraq, 15 Oct 2014: about 1,400 troops (official level). Figure 1 of 3.');
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('status')).toHaveTextContent('18 Apr 2016: 4,087 troops (official level), up 2,687. Figure 2 of 3.');
    await user.click(screen.getByRole('button', { name: 'Later figure' }));
    expect(screen.getByRole('status')).toHaveTextContent('Sep 2020: 3,000 troops (official level), down 1,087. Figure 3 of 3.');
    await user.click(screen.getByRole('button', { name: 'Earlier figure' }));
    expect(screen.getByRole('status')).toHaveTextContent('Figure 2 of 3.');
  });

  it('follows the zoom: only figures holding in the visible span are heard', async () => {
    const user = userEvent.setup();
    render(<ListenControl timed={[toTimedSeries(series)]} />);
    // A reader's zoom comes to rest before the press: the plan follows the span once it settles (useQuietDomain).
    act(() => shownSpan.getState().show([Date.parse('2019-01-01'), Date.parse('2022-01-01')]));
    await user.click(screen.getByRole('button', { name: 'Listen' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Playing US troops in Iraq: 2 figures, from 3,000 to 4,087 troops'));
  });
});
