import { useEffect, useRef, useState, type ComponentType } from 'react';
import { keyMove } from '../axis/keymap';
import type { HelpDialogProps } from './HelpDialog';
import './keys.css';
import { t } from '../i18n/t';

let loaded: ComponentType<HelpDialogProps> | null = null;

/**
 * Where `?` opens the list: with focus in the timeline or the troop chart (their trees,
 * the overview, the zoom buttons), not in a field or elsewhere on the page, where `?`
 * is a character (WCAG 2.1.4: a character key is a shortcut only for what has focus).
 */
const IN_VIEWS = '.tl, figure.troops';
const inViews = (target: EventTarget | null) =>
  target instanceof Element && target.closest(IN_VIEWS) !== null && !/^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);

/**
 * The "Keys" button beside the zoom buttons and the `?` key in the timeline and the chart: both open the
 * list of keys and gestures. The dialog is a chunk of its own, fetched on the first
 * press; this button is fetched after the first paint.
 */
export function KeysHelp() {
  const [open, setOpen] = useState(false);
  const [Dialog, setDialog] = useState<ComponentType<HelpDialogProps> | null>(() => loaded);
  const [error, setError] = useState('');

  const show = () => {
    setOpen(true);
    if (!loaded) {
      import('./HelpDialog').then(
        (m) => setDialog(() => (loaded = m.HelpDialog)),
        () => setError(t('keysUnavailable')),
      );
    }
  };

  const showRef = useRef(show);
  useEffect(() => {
    showRef.current = show;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // Another dialog (Open data, the filters) keeps the keyboard while it is open.
      if (e.defaultPrevented || !inViews(e.target) || document.querySelector('dialog[open]')) return;
      if (keyMove('tree', e) !== 'help') return;
      e.preventDefault();
      showRef.current();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  return (
    <>
      <button type="button" className="tl-keys" aria-haspopup="dialog" aria-keyshortcuts="?" onClick={show}>
        {t('keys')}
      </button>
      {open && Dialog && <Dialog onClose={() => setOpen(false)} />}
      {open && !Dialog && error && (
        <p role="alert" className="tl-keys-error">
          {error}
        </p>
      )}
    </>
  );
}

export default KeysHelp;
