import { t } from '../i18n/t';
import type { Actor } from '../model/types';
import type { LaneBox } from './layoutLanes';
import { localName } from '../i18n/localized';

/** Props of LaneHeaders. */
export interface LaneHeadersProps {
  lanes: readonly LaneBox[];
  actors: readonly Actor[];
  colors: readonly string[];
  /** Events of each actor passing the filters, for the header's count. */
  counts: Uint32Array;
  /** Narrow screens: the header sits inside the top of its lane instead of in a column. */
  inline: boolean;
  /** Width of the header column when not inline, px. */
  width: number;
}

/** Actor name and colour swatch at the left of (or above) each lane. */
export function LaneHeaders({ lanes, actors, colors, counts, inline, width }: LaneHeadersProps) {
  return (
    <div className={inline ? 'tl-headers tl-headers--inline' : 'tl-headers'} style={inline ? undefined : { width }}>
      {lanes.map((lane) => {
        const actor = actors[lane.actor];
        return (
          <div
            key={actor.id}
            className="tl-lane-header"
            data-testid="lane-header"
            style={{ top: lane.y, height: inline ? undefined : lane.height }}
            title={t('laneTitle', { name: localName(actor), count: counts[lane.actor] })}
          >
            <span className="tl-swatch" style={{ background: colors[lane.actor] }} aria-hidden="true" />
            <span className="tl-lane-name">{localName(actor)}</span>
          </div>
        );
      })}
    </div>
  );
}
