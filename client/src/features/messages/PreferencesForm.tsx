import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isolate } from '../../lib/bidi';
import { fieldErrors, noErrors, type FieldErrors } from '../../components/field-errors';
import { FieldError, FormError } from '../../components/FormErrors';
import { CATEGORIES, fetchPreferences, savePreferences, type Preferences } from './preferences-api';

/**
 * On the account page: which messages reach me by email and by SMS, and my
 * quiet hours (SMS waits for their end; email is not held). Account messages
 * (invitations, password resets, sign-in notices) always come and are not listed.
 */
export function PreferencesForm() {
  const { t } = useTranslation('messages');
  const [prefs, setPrefs] = useState<Preferences | null>(null);
  const [quiet, setQuiet] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>(noErrors);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    fetchPreferences().then(
      (p) => {
        setPrefs(p);
        setQuiet(p.quietHours !== null);
      },
      (err) => setErrors(fieldErrors(err)),
    );
  }, []);

  if (!prefs) return errors.form ? <p role="alert">{errors.form}</p> : <p className="muted">{t('preferences.loading')}</p>;

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const categories = Object.fromEntries(
      CATEGORIES.map((c) => [
        c,
        { email: f.get(`${c}.email`) === 'on', sms: f.get(`${c}.sms`) === 'on' || (!prefs.smsAvailable && prefs.categories[c].sms) },
      ]),
    ) as Preferences['categories'];
    // Quiet hours hold text messages only: with no SMS at this school they are not shown, and kept as they are.
    const quietHours = !prefs.smsAvailable
      ? prefs.quietHours
      : quiet
        ? { start: String(f.get('quietStart') ?? ''), end: String(f.get('quietEnd') ?? '') }
        : null;
    try {
      setPrefs(await savePreferences({ categories, quietHours }));
      setErrors(noErrors);
      setSaved(true);
    } catch (err) {
      setErrors(fieldErrors(err));
      setSaved(false);
    }
  };

  return (
    <form onSubmit={submit} aria-label={t('preferences.title')} noValidate>
      <h2>{t('preferences.title')}</h2>
      <p>{t('preferences.always')}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('preferences.about')}</th>
            <th scope="col">{t('preferences.email')}</th>
            {prefs.smsAvailable && <th scope="col">{t('preferences.sms')}</th>}
          </tr>
        </thead>
        <tbody>
          {CATEGORIES.map((c) => (
            <tr key={c}>
              <th scope="row">{t(`categories.${c}`)}</th>
              <td>
                <input
                  type="checkbox"
                  name={`${c}.email`}
                  aria-label={t('preferences.byEmail', { category: t(`categories.${c}`) })}
                  defaultChecked={prefs.categories[c].email}
                />
              </td>
              {prefs.smsAvailable && (
                <td>
                  <input
                    type="checkbox"
                    name={`${c}.sms`}
                    aria-label={t('preferences.bySms', { category: t(`categories.${c}`) })}
                    defaultChecked={prefs.categories[c].sms}
                  />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <FieldError errors={errors} name="categories" />
      {prefs.smsAvailable && (
        <label className="inline">
          <input type="checkbox" checked={quiet} onChange={(e) => setQuiet(e.target.checked)} /> {t('preferences.quietHours')}
        </label>
      )}
      {prefs.smsAvailable && quiet && (
        <fieldset>
          <legend>{t('preferences.quietBetween', { zone: isolate(prefs.timeZone) })}</legend>
          <label>
            {t('preferences.from')} <input type="time" name="quietStart" defaultValue={prefs.quietHours?.start ?? '21:00'} required />
          </label>
          <label>
            {t('preferences.to')} <input type="time" name="quietEnd" defaultValue={prefs.quietHours?.end ?? '07:00'} required />
          </label>
          <FieldError errors={errors} name="quietHours.start" />
          <FieldError errors={errors} name="quietHours.end" />
        </fieldset>
      )}
      <FormError errors={errors} />
      {saved && <p role="status">{t('preferences.saved')}</p>}
      <button type="submit">{t('preferences.save')}</button>
    </form>
  );
}
