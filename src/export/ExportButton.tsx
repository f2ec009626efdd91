import { useState, type ComponentType } from 'react';
import type { LoadedDataset } from '../model/loadedDataset';
import { datasetLookups } from '../ui/datasetLookups';
import { timeScale } from '../axis/timeScale';
import { layoutTimeline } from '../timeline/layoutTimeline';
import type { ExportMenuProps, TimelineHelpers } from './ExportMenu';
import { t } from '../i18n/t';

let loaded: ComponentType<ExportMenuProps> | null = null;

const fromTimeline: TimelineHelpers = {
  actorColors: (dataset: LoadedDataset) => datasetLookups(dataset).actorColors,
  tickTimes: (domain, count) => timeScale(domain, [0, 1]).ticks(count),
  layoutTimeline,
};

/**
 * The header's Export button. The menu and the exporters are a chunk of their own,
 * fetched on the first press: the first page's JavaScript budget has no room for them.
 */
export function ExportButton({ dataLocation }: Pick<ExportMenuProps, 'dataLocation'>) {
  const [open, setOpen] = useState(false);
  const [Menu, setMenu] = useState<ComponentType<ExportMenuProps> | null>(() => loaded);
  const [error, setError] = useState('');
  const toggle = () => {
    setOpen((o) => !o);
    if (!Menu) {
      import('./ExportMenu').then(
        (m) => setMenu(() => (loaded = m.default)),
        () => setError(t('exportUnavailable')),
      );
    }
  };
  return (
    <div className="export-control" onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
      <button type="button" className="button header-export" aria-expanded={open} onClick={toggle}>
        {t('export')}
      </button>
      {open && (Menu ? <Menu dataLocation={dataLocation} fromTimeline={fromTimeline} /> : <p role="status">{error || t('loading')}</p>)}
    </div>
  );
}
