import { useEffect, useMemo, useRef, useState } from 'react';
import { formatShortDate } from '../../i18n/formatDate';
import { kindLabel } from '../figureKind';
import { formatNumber } from '../../i18n/format';
import { t } from '../../i18n/troops.en';
import { figureWithUnit, formatFigure } from '../formatFigure';
import type { TimedSeries } from '../timedSeries';
import { keyMove } from '../../axis/keymap';
import { useQuietDomain } from '../../axis/useQuietDomain';
import { planSonification } from './planSonification';
import type { Playback } from './playSonification';

/** Props of {@link ListenControl}. */
export interface ListenControlProps {
  /** The series the chart shows (hidden ones left out), in legend order. */
  timed: readonly TimedSeries[];
}

type AudioContextClass = typeof AudioContext;
const audioContextClass = (): AudioContextClass | undefined =>
  (globalThis as { AudioContext?: AudioContextClass; webkitAudioContext?: AudioContextClass }).AudioContext ??
  (globalThis as { webkitAudioContext?: AudioContextClass }).webkitAudioContext;

/**
 * "Listen": the chart's figures as sound, for readers who cannot see the lines. Play
 * sweeps the chosen series across the visible span (pitch for the figure, a click at
 * each step); Earlier and Later step through it figure by figure, each one spoken and
 * sounded. Nothing sounds until a press; Stop or Escape ends it at once.
 */
export function ListenControl({ timed }: ListenControlProps) {
  // The sweep plans over the span at rest: a gesture's frames need not re-plan it.
  const domain = useQuietDomain(() => {});
  const [seriesIndex, setSeriesIndex] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [stepIndex, setStepIndex] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const audio = useRef<AudioContext | null>(null);
  const playback = useRef<Playback | null>(null);
  const chosen = timed[Math.min(seriesIndex, timed.length - 1)];
  const plan = useMemo(() => (chosen ? planSonification(chosen, domain) : null), [chosen, domain]);
  const Audio = audioContextClass();

  const stop = () => {
    playback.current?.stop();
    playback.current = null;
    setPlaying(false);
  };
  // Leaving the chart (or the page) ends the sound and frees the audio device.
  useEffect(
    () => () => {
      playback.current?.stop();
      void audio.current?.close();
    },
    [],
  );

  if (!chosen || !plan) return null;
  const name = chosen.series.name;
  const unit = chosen.series;

  const context = () => {
    audio.current ??= Audio ? new Audio() : null;
    void audio.current?.resume();
    return audio.current;
  };
  const load = () => import('./playSonification');

  const play = async () => {
    stop();
    const ctx = context();
    if (!ctx || plan.steps.length === 0) {
      setAnnouncement(plan.steps.length === 0 ? t('listenNothing', { name }) : t('listenNoSound'));
      return;
    }
    const { playSonification } = await load();
    setAnnouncement(t('listenPlaying', { name, count: plan.steps.length, low: formatNumber(plan.low), high: figureWithUnit(plan.high, unit) }));
    const p = playSonification(ctx, plan);
    playback.current = p;
    setPlaying(true);
    void p.done.then(() => {
      if (playback.current === p) {
        playback.current = null;
        setPlaying(false);
      }
    });
  };

  const step = async (delta: number) => {
    stop();
    if (plan.steps.length === 0) return;
    const next = stepIndex === null ? (delta > 0 ? 0 : plan.steps.length - 1) : Math.max(0, Math.min(plan.steps.length - 1, stepIndex + delta));
    setStepIndex(next);
    const s = plan.steps[next];
    const previous = next > 0 ? plan.steps[next - 1].point.value : null;
    const by = previous === null ? '' : formatNumber(Math.abs(s.point.value - previous));
    const change = previous === null ? '' : s.point.value === previous ? t('listenNoChange') : t(s.point.value > previous ? 'listenUp' : 'listenDown', { by });
    setAnnouncement(
      t('listenStep', {
        name,
        date: formatShortDate(s.point.start, s.point.precision),
        figure: formatFigure(s.point.value, unit, s.point.estimate, s.point.kind),
        what: kindLabel(s.point.kind),
        change,
        index: next + 1,
        total: plan.steps.length,
      }),
    );
    const ctx = context();
    if (ctx) {
      const { playSingleTone } = await load();
      playback.current = playSingleTone(ctx, s.frequency);
    }
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    // The one keymap (src/axis/keymap.ts): its arrows follow the chart's time direction.
    const move = keyMove('listen', e);
    if (move === 'stop' && (playing || playback.current)) {
      e.stopPropagation();
      stop();
      setAnnouncement(t('listenStopped'));
    } else if (move === 'earlier' || move === 'later') {
      e.preventDefault();
      void step(move === 'later' ? 1 : -1);
    }
  };

  return (
    <div className="troops-listen" role="group" aria-label={t('listenLabel')} onKeyDown={onKeyDown}>
      {timed.length > 1 && (
        <label className="troops-listen-series">
          <span>{t('listenSeries')}</span>
          <select
            value={seriesIndex}
            onChange={(e) => {
              stop();
              setStepIndex(null);
              setSeriesIndex(Number(e.target.value));
            }}
          >
            {timed.map((each, i) => (
              <option key={each.series.id} value={i}>
                {each.series.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <button type="button" className="button" aria-pressed={playing} onClick={() => (playing ? (stop(), setAnnouncement(t('listenStopped'))) : void play())}>
        {t(playing ? 'listenStop' : 'listenPlay')}
      </button>
      {/* Earlier on the left, pointing left, in Arabic too: time runs left to right on the chart they step along. */}
      <span className="troops-listen-steps" dir="ltr">
        <button type="button" className="button button-quiet" dir="ltr" onClick={() => void step(-1)} aria-label={t('listenEarlier')}>
          ‹ {t('listenEarlierShort')}
        </button>
        <button type="button" className="button button-quiet" dir="ltr" onClick={() => void step(1)} aria-label={t('listenLater')}>
          {t('listenLaterShort')} ›
        </button>
      </span>
      <p className="troops-listen-readout" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
