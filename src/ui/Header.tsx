import { ExportButton } from '../export/ExportButton';
import { useAppStore } from '../store/appStore';
import { openRequest } from './openRequest';
import { HeaderDescription } from './HeaderDescription';
import { LanguageControl } from './LanguageControl';
import { documentTranslation, shownTitle } from '../i18n/localized';
import { TranslationNote } from './TranslationNote';
import { safeHttpUrl } from './safeUrl';
import { t } from '../i18n/t';
import { ThemeControl } from './ThemeControl';

/** Props of Header. */
export interface HeaderProps {
  /** Address of the dataset on screen, offered as a download. */
  dataHref: string | null;
}

/** The dataset's title and description, the theme control and a link to the data. */
export function Header({ dataHref }: HeaderProps) {
  const meta = useAppStore((s) => s.dataset?.meta);
  // The dataset's title and description in the reader's language where it translates them, marked as a translation.
  const translation = meta ? documentTranslation(meta) : null;
  const description = translation?.description ?? meta?.description;
  const href = dataHref && (safeHttpUrl(dataHref) ?? (dataHref.startsWith('/') || dataHref.startsWith('.') ? dataHref : null));
  return (
    <header className="app-header">
      <div className="app-header-text">
        <h1 className="app-title">{meta ? shownTitle(meta) : t('appName')}</h1>
        {description && <HeaderDescription text={description} />}
        {translation && <TranslationNote translation={translation} />}
      </div>
      <nav className="app-header-tools" aria-label={t('pageTools')}>
        {href && (
          <a className="header-link" href={href} download>
            {t('dataJson')}
          </a>
        )}
        <button type="button" className="button header-open" onClick={() => openRequest.setState({ open: true })}>
          {t('openData')}
        </button>
        {meta && <ExportButton dataLocation={dataHref} />}
        <LanguageControl />
        <ThemeControl />
      </nav>
    </header>
  );
}
