import { keyNameFor, moveThroughTime, type TimeMove } from '../axis/keymap';
import { t, type MessageKey } from '../i18n/t';

interface ControlButton {
  label: MessageKey;
  glyph: string;
  move: TimeMove;
}

const BUTTONS: ControlButton[] = [
  { label: 'zoomIn', glyph: '+', move: 'zoom-in' },
  { label: 'zoomOut', glyph: '−', move: 'zoom-out' },
  { label: 'panLeft', glyph: '‹', move: 'earlier' },
  { label: 'panRight', glyph: '›', move: 'later' },
  { label: 'fitAll', glyph: '⤢', move: 'show-all' },
];

/** Zoom, pan and fit buttons, each with an accessible name and a visible tooltip naming its key. */
export function ZoomControls() {
  return (
    <div className="tl-controls" role="toolbar" aria-label={t('zoomBar')}>
      {BUTTONS.map((b) => (
        <button key={b.label} type="button" className="tl-control" aria-label={t(b.label)} data-tip={`${t(b.label)} (${keyNameFor(b.move)})`} onClick={() => moveThroughTime(b.move)}>
          <span aria-hidden="true">{b.glyph}</span>
        </button>
      ))}
    </div>
  );
}
