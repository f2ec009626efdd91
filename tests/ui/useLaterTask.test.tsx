import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useLaterTask } from '../../src/ui/useLaterTask';

function Probe({ when }: { when: boolean }) {
  return <p>{useLaterTask(when) ? 'shown' : 'waiting'}</p>;
}

/** Past the task after this one. */
const nextTask = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 10)));

describe('useLaterTask', () => {
  it('holds at once when the condition held at mount', () => {
    render(<Probe when />);
    expect(screen.getByText('shown')).toBeInTheDocument();
  });

  it('holds a task after the condition comes true, not in the render that made it true, and waits again after it fails', async () => {
    const { rerender } = render(<Probe when={false} />);
    rerender(<Probe when />);
    expect(screen.getByText('waiting')).toBeInTheDocument();
    await nextTask();
    expect(screen.getByText('shown')).toBeInTheDocument();
    rerender(<Probe when={false} />);
    expect(screen.getByText('waiting')).toBeInTheDocument();
    rerender(<Probe when />);
    expect(screen.getByText('waiting')).toBeInTheDocument();
    await nextTask();
    expect(screen.getByText('shown')).toBeInTheDocument();
  });
});
