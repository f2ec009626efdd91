import { t } from '../i18n/t';
import { intlTag } from '../i18n/locale';
import type { DocumentTranslation } from '../model/types';

const KEYS = { machine: 'translatedMachine', 'machine-edited': 'translatedMachineEdited', editor: 'translatedEditor' } as const;

/** A language's name in the language in force ("الإنجليزية" for "en" in Arabic); the tag itself where Intl has no name. */
function languageName(tag: string): string {
  try {
    return new Intl.DisplayNames([intlTag()], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/**
 * Says that the dataset texts beside it are a translation, from what language and by
 * whom, as the dataset declares it: "Machine translation from English, not reviewed by
 * a person". Translations are always marked (the provenance standard).
 */
export function TranslationNote({ translation }: { translation: DocumentTranslation }) {
  return (
    <p className="translation-note">
      {t(KEYS[translation.by], { language: languageName(translation.from) })}
    </p>
  );
}
