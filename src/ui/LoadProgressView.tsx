import type { LoadProgress } from '../io/loadProgress';
import { t, type MessageKey } from '../i18n/t';

const PHASES = { fetch: 'loadFetch', parse: 'loadParse', index: 'loadIndex' } as const satisfies Record<LoadProgress['phase'], MessageKey>;

/** Where a dataset load stands: a progress bar (with a percentage when the size is known) and the phase. */
export function LoadProgressView({ progress, location }: { progress: LoadProgress | null; location: string }) {
  const phase = progress?.phase ?? 'fetch';
  const percent = progress?.fraction == null ? null : Math.round(Math.min(1, Math.max(0, progress.fraction)) * 100);
  return (
    <section className="load-progress" aria-labelledby="load-progress-title">
      <h2 id="load-progress-title" className="panel-title">
        {t(PHASES[phase])}…
      </h2>
      <div
        className="progressbar"
        role="progressbar"
        aria-labelledby="load-progress-title"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent ?? undefined}
        aria-valuetext={percent === null ? t(PHASES[phase]) : `${percent}%`}
      >
        <div
          className={percent === null ? 'progressbar-fill progressbar-indeterminate' : 'progressbar-fill'}
          style={percent === null ? undefined : { width: `${percent}%` }}
        />
      </div>
      <p className="muted load-progress-detail">
        {percent !== null && `${percent}% · `}
        {progress && progress.events > 0 && t('loadEvents', { count: progress.events })}
        <span className="load-location">{location}</span>
      </p>
    </section>
  );
}
