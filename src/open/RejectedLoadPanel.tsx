import { appStore, useAppStore } from '../store/appStore';
import { RejectedReport } from './RejectedReport';
import { t } from '../i18n/failure.en';
import './open.css';

/** The file's name from its address, for the report and the rejected rows' file name. */
function fileName(location: string): string {
  try {
    return decodeURIComponent(new URL(location, 'http://local/').pathname.split('/').pop() || location);
  } catch {
    return location;
  }
}

/** Props of RejectedLoadPanel. */
export interface RejectedLoadPanelProps {
  /** Drops `data=` and loads the default dataset instead. */
  onLoadDefault?: () => void;
}

/**
 * A `?data=` file some of whose rows could not be read, in the main area: the same
 * report "Open data" gives (each rejected row with its row number, column, value and
 * what is wrong; the rejected rows as CSV), the good rows one press away.
 */
export function RejectedLoadPanel({ onLoadDefault }: RejectedLoadPanelProps) {
  const load = useAppStore((s) => s.rejectedLoad);
  if (!load) return null;
  const importGoodRows = () => appStore.setState({ dataset: load.dataset, status: 'ready', rejectedLoad: null, loadError: null });
  return (
    <section className="load-report" aria-labelledby="load-report-title">
      <h2 id="load-report-title">{t('rejectedLoadTitle')}</h2>
      <p>
        {t('errorAddress')} <code>{load.location}</code>
      </p>
      <RejectedReport
        name={fileName(load.location)}
        outcome={load}
        onImport={importGoodRows}
        onCancel={() => onLoadDefault?.()}
        cancelLabel={t('rejectedLoadDefault')}
      />
    </section>
  );
}
