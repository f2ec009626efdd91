import { useEffect, useId, useRef, useState } from 'react';
import { useAppStore } from '../store/appStore';
import { t } from '../i18n/filters.en';

/**
 * How long typing must pause before the search runs: long enough to skip the keys
 * of a fast burst, short enough not to be felt. The search runs in the worker and
 * stale replies are dropped, so a short pause cannot pile up work.
 */
export const SEARCH_DEBOUNCE_MS = 60;

/**
 * Text search over titles and summaries. Typing updates the field at once and
 * the store's query after a pause, so a million-event search runs once per word,
 * not once per key.
 */
export function SearchBox() {
  const id = useId();
  const q = useAppStore((s) => s.filters.q);
  const setQuery = useAppStore((s) => s.setQuery);
  const [text, setText] = useState(q);
  const sent = useRef(q);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // The query can change from outside (Clear filters, Back, a restored URL).
  useEffect(() => {
    if (q !== sent.current) {
      sent.current = q;
      clearTimeout(timer.current);
      setText(q);
    }
  }, [q]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const send = (value: string) => {
    sent.current = value;
    setQuery(value);
  };

  return (
    <div className="field">
      <label htmlFor={id}>{t('searchLabel')}</label>
      <input
        id={id}
        type="search"
        value={text}
        autoComplete="off"
        spellCheck={false}
        placeholder={t('searchExample')}
        onChange={(e) => {
          const value = e.target.value;
          setText(value);
          clearTimeout(timer.current);
          timer.current = setTimeout(() => send(value), SEARCH_DEBOUNCE_MS);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            clearTimeout(timer.current);
            send(text);
          }
        }}
      />
    </div>
  );
}
