import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { LanguageMenu } from '../../components/LanguageMenu';
import { paths } from '../../config/paths';
import { fieldErrors, noErrors, type FieldErrors } from '../../components/field-errors';
import { Field, FormError } from '../../components/FormErrors';
import { requestPasswordReset } from './school-api';
import type { PublicTenant } from '../../lib/public-tenant';

/** "Forgot password?": asks for a reset link by email. It never says whether the address has an account. */
export function ForgotPasswordPage({ tenant }: { tenant: PublicTenant }) {
  const { t } = useTranslation('auth');
  const [errors, setErrors] = useState<FieldErrors>(noErrors);
  const [sent, setSent] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const email = String(new FormData(e.currentTarget).get('email') ?? '').trim();
    setBusy(true);
    try {
      setSent(await requestPasswordReset({ email }));
      setErrors(noErrors);
    } catch (err) {
      setErrors(fieldErrors(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="card">
      <header className="row">
        <h1>{tenant.name}</h1>
        <LanguageMenu />
      </header>
      {sent ? (
        <p role="status">{t('forgot.sent', { message: sent })}</p>
      ) : (
        <form onSubmit={submit} aria-label={t('forgot.formLabel')} noValidate>
          <p>{t('forgot.intro')}</p>
          <Field label={t('email')} name="email" errors={errors}>
            <input name="email" type="email" autoComplete="username" required />
          </Field>
          <FormError errors={errors} />
          <button type="submit" disabled={busy}>
            {busy ? t('forgot.sending') : t('forgot.send')}
          </button>
        </form>
      )}
      <p>
        <Link to={paths.home}>{t('forgot.back')}</Link>
      </p>
    </main>
  );
}
