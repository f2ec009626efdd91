import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useMediaQuery } from '../../src/ui/useMediaQuery';

function Probe({ tick }: { tick: number }) {
  return <p data-tick={tick}>{useMediaQuery('(min-width: 1024px)') ? 'wide' : 'narrow'}</p>;
}

/** A matchMedia whose one query can be flipped, counting how many lists the page asked for. */
function fakeMatchMedia(initially: boolean) {
  const listeners = new Set<() => void>();
  const list = {
    matches: initially,
    addEventListener: (_: string, fn: () => void) => listeners.add(fn),
    removeEventListener: (_: string, fn: () => void) => listeners.delete(fn),
  };
  const matchMedia = vi.fn(() => list as unknown as MediaQueryList);
  const flip = (matches: boolean) => {
    list.matches = matches;
    listeners.forEach((fn) => fn());
  };
  return { matchMedia, flip };
}

afterEach(() => vi.unstubAllGlobals());

describe('useMediaQuery', () => {
  it('follows the query live, asking matchMedia once however often the app renders (a load re-renders it on every progress message)', () => {
    const fake = fakeMatchMedia(true);
    vi.stubGlobal('matchMedia', fake.matchMedia);
    const { rerender } = render(<Probe tick={0} />);
    expect(screen.getByText('wide')).toBeInTheDocument();
    for (let tick = 1; tick <= 20; tick++) rerender(<Probe tick={tick} />);
    act(() => fake.flip(false));
    expect(screen.getByText('narrow')).toBeInTheDocument();
    expect(fake.matchMedia).toHaveBeenCalledTimes(1);
  });
});
