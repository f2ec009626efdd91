import { useId } from 'react';
import { useAppStore } from '../store/appStore';
import { t } from '../i18n/filters.en';

/**
 * Text search over titles and summaries. Every keystroke is the store's query at once,
 * with no pause: the search sync asks one search at a time and, while one runs, keeps
 * only the latest query for next (src/store/searchSync.ts), so a fast burst of keys on
 * a million events is not a search per key, and a key after a pause is not kept waiting
 * (a 60 ms pause was most of the 100 ms a keystroke may take to show its matches).
 */
export function SearchBox() {
  const id = useId();
  const q = useAppStore((s) => s.filters.q);
  const setQuery = useAppStore((s) => s.setQuery);
  return (
    <div className="field">
      <label htmlFor={id}>{t('searchLabel')}</label>
      <input
        id={id}
        type="search"
        value={q}
        autoComplete="off"
        spellCheck={false}
        placeholder={t('searchExample')}
        onChange={(e) => setQuery(e.target.value)}
      />
    </div>
  );
}
