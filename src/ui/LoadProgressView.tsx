import type { LoadProgress } from '../io/loadProgress';
import { formatCount } from '../i18n/format';

const PHASES: Record<LoadProgress['phase'], string> = {
  fetch: 'Downloading the dataset',
  parse: 'Checking the dataset',
  index: 'Indexing events',
};

/** Where a dataset load stands: a progress bar (with a percentage when the size is known) and the phase. */
export function LoadProgressView({ progress, location }: { progress: LoadProgress | null; location: string }) {
  const phase = progress?.phase ?? 'fetch';
  const percent = progress?.fraction == null ? null : Math.round(Math.min(1, Math.max(0, progress.fraction)) * 100);
  return (
    <section className="load-progress" aria-labelledby="load-progress-title">
      <h2 id="load-progress-title" className="panel-title">
        {PHASES[phase]}…
      </h2>
      <div
        className="progressbar"
        role="progressbar"
        aria-labelledby="load-progress-title"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent ?? undefined}
        aria-valuetext={percent === null ? PHASES[phase] : `${percent}%`}
      >
        <div
          className={percent === null ? 'progressbar-fill progressbar-indeterminate' : 'progressbar-fill'}
          style={percent === null ? undefined : { width: `${percent}%` }}
        />
      </div>
      <p className="muted load-progress-detail">
        {percent !== null && `${percent}% · `}
        {progress && progress.events > 0 && `${formatCount(progress.events)} events · `}
        <span className="load-location">{location}</span>
      </p>
    </section>
  );
}
