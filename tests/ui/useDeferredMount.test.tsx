import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useDeferredMount } from '../../src/ui/useDeferredMount';

function Probe({ when }: { when: boolean }) {
  return <p>{useDeferredMount(when) ? 'mounted' : 'waiting'}</p>;
}

/** Past the next frame and the task after it. */
const nextFrame = () => act(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve))));

describe('useDeferredMount', () => {
  it('mounts after the next frame once the condition holds, not in the same render, and stays mounted', async () => {
    const { rerender } = render(<Probe when={false} />);
    await nextFrame();
    expect(screen.getByText('waiting')).toBeInTheDocument();
    rerender(<Probe when />);
    expect(screen.getByText('waiting')).toBeInTheDocument();
    await nextFrame();
    expect(screen.getByText('mounted')).toBeInTheDocument();
    rerender(<Probe when={false} />);
    expect(screen.getByText('mounted')).toBeInTheDocument();
  });
});
