import { fitAll, panStep, zoomStep } from './zoomActions';

interface ControlButton {
  label: string;
  /** Shortcut shown in the tooltip. */
  keys: string;
  glyph: string;
  run: () => void;
}

const BUTTONS: ControlButton[] = [
  { label: 'Zoom in', keys: '+', glyph: '+', run: () => zoomStep(2) },
  { label: 'Zoom out', keys: '−', glyph: '−', run: () => zoomStep(0.5) },
  { label: 'Pan left', keys: '←', glyph: '‹', run: () => panStep(-0.25) },
  { label: 'Pan right', keys: '→', glyph: '›', run: () => panStep(0.25) },
  { label: 'Fit all', keys: 'Home', glyph: '⤢', run: fitAll },
];

/** Zoom, pan and fit buttons, each with an accessible name and a visible tooltip naming its key. */
export function ZoomControls() {
  return (
    <div className="tl-controls" role="toolbar" aria-label="Timeline zoom">
      {BUTTONS.map((b) => (
        <button key={b.label} type="button" className="tl-control" aria-label={b.label} data-tip={`${b.label} (${b.keys})`} onClick={b.run}>
          <span aria-hidden="true">{b.glyph}</span>
        </button>
      ))}
    </div>
  );
}
