import { useId, useRef, type KeyboardEvent } from 'react';
import { KEY_BINDINGS, keyGlyph, mirrored, type KeyBinding, type KeyPlace, type TimeDirection } from '../axis/keymap';
import { useEscape } from '../ui/escapeStack';
import { t } from '../i18n/help.en';
import { gestures, moveHelp, placeHeading, PLACES } from './keyHelpText';
import './help.css';
import { CloseButton } from '../ui/CloseButton';
import { useModalDialog } from '../ui/useModalDialog';

/** Props of {@link HelpDialog}. */
export interface HelpDialogProps {
  onClose: () => void;
  /** Which way time runs: the arrows for earlier and later are listed as they act. */
  direction?: TimeDirection;
}

/** One row of the list: the keys that do one thing in one place. */
interface KeyRow {
  keys: string[];
  does: string;
}

/** The keymap's bindings of `place`, one row per move (with Shift apart): generated, so the list is what the keys do. */
export function keyRows(place: KeyPlace, direction: TimeDirection = 'ltr'): KeyRow[] {
  const rows = new Map<string, KeyRow>();
  for (const b of KEY_BINDINGS.filter((k: KeyBinding) => k.place === place)) {
    const move = mirrored(b.move, direction);
    const id = `${move}|${b.shift === true}`;
    const name = `${b.shift ? 'Shift + ' : ''}${keyGlyph(b.key)}`;
    const row = rows.get(id);
    if (row) row.keys.push(name);
    else rows.set(id, { keys: [name], does: moveHelp(place, move) });
  }
  return [...rows.values()];
}

const FOCUSABLE = 'button, [href], input, select, textarea, [tabindex]:not([tabindex="-1"])';

/**
 * Every key and gesture of the app, in a modal dialog (`?` or the Keys button): the
 * keys from the one keymap (src/axis/keymap.ts), so the list cannot drift from what
 * they do. Focus stays inside (Tab wraps), Escape closes it through the one Escape
 * stack, and focus goes back to where it was.
 */
export function HelpDialog({ onClose, direction = 'ltr' }: HelpDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  useEscape(onClose, true);

  useModalDialog(dialog, { focus: (el) => el.querySelector<HTMLElement>('button')?.focus() });

  // A modal dialog makes the page inert, but Tab would still leave for the browser's own controls: wrap it.
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Tab' || !dialog.current) return;
    const items = [...dialog.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    if (items.length === 0) return;
    const first = items[0];
    const last = items[items.length - 1];
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  };

  return (
    <dialog
      ref={dialog}
      className="help-dialog"
      aria-labelledby={headingId}
      data-escape-stack=""
      onKeyDown={onKeyDown}
      // Escape goes through the Escape stack (useEscape above), not the browser's own close.
      onCancel={(e) => e.preventDefault()}
      onClick={(e) => {
        // A press on the backdrop lands on the dialog element itself.
        if (e.target === dialog.current) onClose();
      }}
    >
      <div className="help-head">
        <h2 id={headingId}>{t('helpTitle')}</h2>
        <CloseButton label={t('helpClose')} onClick={onClose} />
      </div>
      {PLACES.map((place) => (
        <section key={place} className="help-section" aria-labelledby={`${headingId}-${place}`}>
          <h3 id={`${headingId}-${place}`}>{placeHeading(place)}</h3>
          <table className="help-keys">
            <thead className="visually-hidden">
              <tr>
                <th scope="col">{t('helpKeys')}</th>
                <th scope="col">{t('helpWhatKeysDo')}</th>
              </tr>
            </thead>
            <tbody>
              {keyRows(place, direction).map((row) => (
                <tr key={row.does}>
                  <th scope="row">
                    {row.keys.map((k, i) => (
                      <span key={k}>
                        {i > 0 && t('helpOr')}
                        <kbd>{k}</kbd>
                      </span>
                    ))}
                  </th>
                  <td>{row.does}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
      <section className="help-section" aria-labelledby={`${headingId}-gestures`}>
        <h3 id={`${headingId}-gestures`}>{t('helpGestures')}</h3>
        <table className="help-keys">
          <thead className="visually-hidden">
            <tr>
              <th scope="col">{t('helpGesture')}</th>
              <th scope="col">{t('helpWhatItDoes')}</th>
            </tr>
          </thead>
          <tbody>
            {gestures().map(([gesture, effect]) => (
              <tr key={gesture}>
                <th scope="row">{gesture}</th>
                <td>{effect}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <div className="help-foot">
        <button type="button" className="button" onClick={onClose}>
          {t('helpDone')}
        </button>
      </div>
    </dialog>
  );
}

export default HelpDialog;
