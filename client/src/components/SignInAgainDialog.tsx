import { useEffect, useRef, useState, useSyncExternalStore, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorBody } from '../lib/http';
import type { SessionStore, SessionUser } from '../lib/session';
import './sign-in-again.css';

/**
 * Shown over the page when the session ended under it (signed out elsewhere,
 * password changed, the session expired): the page underneath stays as it was,
 * with what was typed; after signing in the calls that failed are replayed.
 */
export function SignInAgainDialog({
  session,
  signIn,
}: {
  session: SessionStore<SessionUser>;
  signIn: (input: { email: string; password: string }) => Promise<unknown>;
}) {
  const { t } = useTranslation('auth');
  const open = useSyncExternalStore(
    (l) => session.subscribe(l),
    () => session.signInRequested,
  );
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const password = useRef<HTMLInputElement>(null);
  // The user is kept while asking; remember the address in case the store changes meanwhile.
  const email = session.currentUser?.email ?? '';

  useEffect(() => {
    if (open) password.current?.focus();
  }, [open]);
  if (!open) return null;

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn({ email, password: password.current?.value ?? '' });
      session.endSignInRequest(true);
    } catch (err) {
      setError(errorBody(err)?.message ?? t('couldNotSignIn'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="sign-in-again-backdrop">
      <div role="dialog" aria-modal="true" aria-labelledby="sign-in-again-title" className="sign-in-again card">
        <h2 id="sign-in-again-title">{t('again.title')}</h2>
        <p>{t('again.text')}</p>
        <form onSubmit={submit} aria-label={t('again.title')}>
          <label>
            {t('email')} <input name="email" type="email" autoComplete="username" value={email} readOnly />
          </label>
          <label>
            {t('password')} <input ref={password} name="password" type="password" autoComplete="current-password" required />
          </label>
          {error && <p role="alert">{error}</p>}
          <button type="submit" disabled={busy}>
            {busy ? t('signingIn') : t('signIn')}
          </button>{' '}
          <button type="button" className="secondary" onClick={() => session.endSignInRequest(false)}>
            {t('again.signOut')}
          </button>
        </form>
      </div>
    </div>
  );
}
