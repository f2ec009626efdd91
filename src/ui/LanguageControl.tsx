import { useId } from 'react';
import { t } from '../i18n/t';
import { getDigits, languageName, type Digits } from '../i18n/locale';
import { useAppStore } from '../store/appStore';

/**
 * The language switch: the other language, named in its own words and marked as
 * that language; in Arabic, beside it, the choice of digits (Arabic-Indic or Latin).
 * localeSync fetches the words, puts them in force and remembers the choice.
 */
export function LanguageControl() {
  const id = useId();
  const lang = useAppStore((s) => s.lang);
  const setLang = useAppStore((s) => s.setLang);
  const setDigits = useAppStore((s) => s.setDigits);
  const other = lang === 'ar' ? 'en' : 'ar';
  return (
    <div className="language-control">
      <button type="button" className="button language-switch" lang={other} onClick={() => setLang(other)}>
        {languageName(other)}
      </button>
      {lang === 'ar' && (
        <>
          <label htmlFor={id}>{t('digits')}</label>
          <select id={id} value={getDigits()} onChange={(e) => setDigits(e.target.value as Digits)}>
            <option value="arab">٠١٢٣</option>
            <option value="latn">0123</option>
          </select>
        </>
      )}
    </div>
  );
}
