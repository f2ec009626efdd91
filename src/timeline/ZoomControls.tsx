import { keyNameFor, moveThroughTime, type TimeMove } from '../axis/keymap';

interface ControlButton {
  label: string;
  glyph: string;
  move: TimeMove;
}

const BUTTONS: ControlButton[] = [
  { label: 'Zoom in', glyph: '+', move: 'zoom-in' },
  { label: 'Zoom out', glyph: '−', move: 'zoom-out' },
  { label: 'Pan left', glyph: '‹', move: 'earlier' },
  { label: 'Pan right', glyph: '›', move: 'later' },
  { label: 'Fit all', glyph: '⤢', move: 'show-all' },
];

/** Zoom, pan and fit buttons, each with an accessible name and a visible tooltip naming its key. */
export function ZoomControls() {
  return (
    <div className="tl-controls" role="toolbar" aria-label="Timeline zoom">
      {BUTTONS.map((b) => (
        <button key={b.label} type="button" className="tl-control" aria-label={b.label} data-tip={`${b.label} (${keyNameFor(b.move)})`} onClick={() => moveThroughTime(b.move)}>
          <span aria-hidden="true">{b.glyph}</span>
        </button>
      ))}
    </div>
  );
}
