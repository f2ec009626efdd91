/** Tones to play: each sounds from its `at` (seconds) until the next, for `duration` in all. */
export interface ToneSequence {
  steps: readonly { at: number; frequency: number }[];
  duration: number;
}

/** A sound that is playing: stop it at any time; `done` settles when it ends either way. */
export interface Playback {
  stop: () => void;
  done: Promise<void>;
}

const CLICK_SECONDS = 0.012;
const LEVEL = 0.18;

/** A short tick at `at`: a high, fast-decaying blip that marks a step without masking the tone. */
function scheduleClick(ctx: BaseAudioContext, out: AudioNode, at: number) {
  const osc = ctx.createOscillator();
  const gain = ctx.createGain();
  osc.frequency.value = 2400;
  gain.gain.setValueAtTime(0.0001, at);
  gain.gain.exponentialRampToValueAtTime(LEVEL * 1.5, at + 0.002);
  gain.gain.exponentialRampToValueAtTime(0.0001, at + CLICK_SECONDS);
  osc.connect(gain).connect(out);
  osc.start(at);
  osc.stop(at + CLICK_SECONDS + 0.01);
}

/**
 * Plays a plan as one continuous tone whose pitch steps at each figure, with a click at
 * every step. Nothing sounds until this is called, and it is only called from a press.
 */
export function playSonification(ctx: BaseAudioContext, plan: ToneSequence): Playback {
  const start = ctx.currentTime + 0.05;
  const end = start + plan.duration;
  const master = ctx.createGain();
  master.connect(ctx.destination);
  const osc = ctx.createOscillator();
  osc.type = 'triangle';
  const gain = ctx.createGain();
  gain.gain.setValueAtTime(0.0001, start);
  gain.gain.exponentialRampToValueAtTime(LEVEL, start + 0.03);
  gain.gain.setValueAtTime(LEVEL, end - 0.05);
  gain.gain.exponentialRampToValueAtTime(0.0001, end);
  for (const step of plan.steps) {
    osc.frequency.setValueAtTime(step.frequency, start + step.at);
    scheduleClick(ctx, master, start + step.at);
  }
  osc.connect(gain).connect(master);
  osc.start(start);
  osc.stop(end + 0.02);
  let finish: () => void = () => {};
  const done = new Promise<void>((resolve) => (finish = resolve));
  osc.onended = () => finish();
  return {
    stop: () => {
      // Silence at once, then let the nodes go.
      master.gain.setValueAtTime(0, ctx.currentTime);
      try {
        osc.stop();
      } catch {
        // Already stopped.
      }
      master.disconnect();
      finish();
    },
    done,
  };
}

/** One figure alone, for stepping through the points by key: a short tone and its click. */
export function playSingleTone(ctx: BaseAudioContext, frequency: number): Playback {
  return playSonification(ctx, { steps: [{ at: 0, frequency }], duration: 0.35 });
}
