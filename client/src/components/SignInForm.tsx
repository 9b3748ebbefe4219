import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorBody } from '../lib/http';

export interface Credentials {
  email: string;
  password: string;
}

/**
 * The one sign-in form (school portal and platform console): email (focused on arrival), password, a busy
 * button while the server answers, and its refusal read out (role=alert). `after` holds a link such as
 * "Forgot password?".
 */
export function SignInForm({
  label,
  onSubmit,
  after,
  submitLabel,
  busyLabel,
  autoFocus = true,
}: {
  /** The form's accessible name, e.g. "Sign in". */
  label: string;
  /** Signs in (or checks the credentials for another purpose); a rejection's server message is shown. */
  onSubmit: (credentials: Credentials) => Promise<void>;
  after?: ReactNode;
  submitLabel?: string;
  busyLabel?: string;
  /** Off where the form is not the page's main task. */
  autoFocus?: boolean;
}) {
  const { t } = useTranslation('auth');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setBusy(true);
    setError(null);
    try {
      await onSubmit({ email: String(form.get('email') ?? '').trim(), password: String(form.get('password') ?? '') });
    } catch (err) {
      setError(errorBody(err)?.message ?? t('couldNotSignIn'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <form onSubmit={submit} aria-label={label}>
        <label>
          {t('email')} <input name="email" type="email" autoComplete="username" required autoFocus={autoFocus} />
        </label>
        <label>
          {t('password')} <input name="password" type="password" autoComplete="current-password" required />
        </label>
        {error && <p role="alert">{error}</p>}
        <button type="submit" disabled={busy}>
          {busy ? (busyLabel ?? t('signingIn')) : (submitLabel ?? t('signIn'))}
        </button>
      </form>
      {after}
    </>
  );
}
