import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors, noErrors, type FieldErrors } from '../../components/field-errors';
import { Field, FormError } from '../../components/FormErrors';
import type { SessionUser } from '../../lib/session';
import { changeOwnAccount } from './api/change-own-account';
import { OwnLanguageForm } from './OwnLanguageForm';

/**
 * /account: change your own email or password (needs the current password; your other devices are signed out), and
 * the language the portal speaks to you. `children`: the other settings of one's own (the app puts the message
 * preferences here).
 */
export function AccountPage({ user, schoolLanguage, children }: { user: SessionUser; schoolLanguage?: string; children?: ReactNode }) {
  const { t } = useTranslation('account');
  const [errors, setErrors] = useState<FieldErrors>(noErrors);
  const [done, setDone] = useState(false);

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const email = String(f.get('email') ?? '').trim();
    const password = String(f.get('password') ?? '');
    if (password !== String(f.get('confirm') ?? '')) {
      setErrors({ form: null, fields: { confirm: t('differ') } });
      return;
    }
    try {
      await changeOwnAccount({
        currentPassword: String(f.get('currentPassword') ?? ''),
        ...(email && email !== user.email ? { email } : {}),
        ...(password ? { password } : {}),
      });
      setErrors(noErrors);
      setDone(true);
    } catch (err) {
      setErrors(fieldErrors(err));
      setDone(false);
    }
  };

  return (
    <section>
      <h1>{t('title')}</h1>
      <form onSubmit={submit} aria-label={t('formLabel')} noValidate>
        <Field label={t('email')} name="email" errors={errors}>
          <input name="email" type="email" autoComplete="username" defaultValue={user.email} dir="ltr" />
        </Field>
        <Field label={t('newPassword')} name="password" errors={errors}>
          <input name="password" type="password" autoComplete="new-password" minLength={10} />
        </Field>
        <Field label={t('confirm')} name="confirm" errors={errors}>
          <input name="confirm" type="password" autoComplete="new-password" />
        </Field>
        <Field label={t('currentPassword')} name="currentPassword" errors={errors}>
          <input name="currentPassword" type="password" autoComplete="current-password" required />
        </Field>
        <FormError errors={errors} />
        {done && <p role="status">{t('saved')}</p>}
        <button type="submit">{t('save')}</button>
      </form>
      <OwnLanguageForm user={user} schoolLanguage={schoolLanguage} />
      {children}
    </section>
  );
}
