import { useState, type ComponentType } from 'react';
import type { ExportMenuProps } from './ExportMenu';

let loaded: ComponentType<ExportMenuProps> | null = null;

/**
 * The header's Export button. The menu and the exporters are a chunk of their own,
 * fetched on the first press: the first page's JavaScript budget has no room for them.
 */
export function ExportButton({ dataLocation }: ExportMenuProps) {
  const [open, setOpen] = useState(false);
  const [Menu, setMenu] = useState<ComponentType<ExportMenuProps> | null>(() => loaded);
  const [error, setError] = useState('');
  const toggle = () => {
    setOpen((o) => !o);
    if (!Menu) {
      import('./ExportMenu').then(
        (m) => setMenu(() => (loaded = m.default)),
        () => setError('The export tools could not be loaded; check the connection and try again.'),
      );
    }
  };
  return (
    <div className="export-control" onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
      <button type="button" className="button header-export" aria-expanded={open} onClick={toggle}>
        Export
      </button>
      {open && (Menu ? <Menu dataLocation={dataLocation} /> : <p role="status">{error || 'Loading…'}</p>)}
    </div>
  );
}
