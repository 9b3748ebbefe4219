import { useTranslation } from 'react-i18next';
import { chooseLanguage, currentLanguage, isLanguage, LANGUAGE_NAMES, LANGUAGES, type Language } from '../i18n';

/**
 * The language menu (sign-in page, the signed-in header, the console): each language in its own name, so a person
 * who cannot read the language shown still finds theirs. Choosing shows it at once and remembers it in this browser;
 * `onChoose` lets a signed-in page also save it to the account.
 */
export function LanguageMenu({ onChoose }: { onChoose?: (lng: Language) => void }) {
  const { t } = useTranslation();
  return (
    <label className="language-menu">
      <span className="sr-only">{t('language')}</span>
      <select
        value={currentLanguage()}
        onChange={(e) => {
          const lng = e.target.value;
          if (!isLanguage(lng)) return;
          void chooseLanguage(lng);
          onChoose?.(lng);
        }}
      >
        {LANGUAGES.map((lng) => (
          <option key={lng} value={lng} lang={lng}>
            {LANGUAGE_NAMES[lng]}
          </option>
        ))}
      </select>
    </label>
  );
}
