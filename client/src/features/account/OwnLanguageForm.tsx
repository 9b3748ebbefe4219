import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors, noErrors, type FieldErrors } from '../../components/field-errors';
import { Field, FormError } from '../../components/FormErrors';
import { chooseLanguage, isLanguage, LANGUAGE_NAMES, LANGUAGES } from '../../i18n';
import { session } from '../../lib/api';
import type { SessionUser } from '../../lib/session';
import { saveOwnLanguage } from './api/own-language';

/**
 * The language the portal (and the school's emails) speak to this person: one of the languages, or the school's
 * default (named, so they know what they get). Saved to the account, then shown at once.
 */
export function OwnLanguageForm({ user, schoolLanguage }: { user: SessionUser; schoolLanguage?: string }) {
  const { t } = useTranslation(['account', 'common']);
  const [errors, setErrors] = useState<FieldErrors>(noErrors);
  const [done, setDone] = useState(false);
  // The header's menu may have saved a choice since this page's user was read.
  const saved = session.currentUser?.language ?? user.language ?? null;
  const schoolDefault = LANGUAGE_NAMES[isLanguage(schoolLanguage) ? schoolLanguage : 'en'];

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const value = String(new FormData(e.currentTarget).get('language') ?? '');
    const language = isLanguage(value) ? value : null;
    setDone(false);
    try {
      await saveOwnLanguage(language);
      await chooseLanguage(language);
      setErrors(noErrors);
      setDone(true);
    } catch (err) {
      setErrors(fieldErrors(err));
    }
  };

  return (
    <form onSubmit={submit} aria-label={t('language.formLabel')} className="card-item" noValidate>
      <h2>{t('language.title')}</h2>
      <Field label={t('language.label')} name="language" errors={errors}>
        <select name="language" defaultValue={saved ?? ''} aria-describedby="own-language-hint">
          <option value="">{t('common:schoolDefaultLanguage', { language: schoolDefault })}</option>
          {LANGUAGES.map((lng) => (
            <option key={lng} value={lng} lang={lng}>
              {LANGUAGE_NAMES[lng]}
            </option>
          ))}
        </select>
      </Field>
      <p id="own-language-hint" className="muted">
        {t('language.hint')}
      </p>
      <FormError errors={errors} />
      {done && <p role="status">{t('language.saved')}</p>}
      <button type="submit">{t('language.save')}</button>
    </form>
  );
}
