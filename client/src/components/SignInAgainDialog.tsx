import { useEffect, useRef, useState, useSyncExternalStore, type FormEvent } from 'react';
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
      setError(errorBody(err)?.message ?? 'Could not sign in');
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="sign-in-again-backdrop">
      <div role="dialog" aria-modal="true" aria-labelledby="sign-in-again-title" className="sign-in-again card">
        <h2 id="sign-in-again-title">Sign in again to continue</h2>
        <p>Your session has ended. Sign in again and nothing on this page is lost: what you were saving is sent once you are back.</p>
        <form onSubmit={submit} aria-label="Sign in again">
          <label>
            Email <input name="email" type="email" autoComplete="username" value={email} readOnly />
          </label>
          <label>
            Password <input ref={password} name="password" type="password" autoComplete="current-password" required />
          </label>
          {error && <p role="alert">{error}</p>}
          <button type="submit" disabled={busy}>
            {busy ? 'Signing in…' : 'Sign in'}
          </button>{' '}
          <button type="button" className="secondary" onClick={() => session.endSignInRequest(false)}>
            Sign out instead
          </button>
        </form>
      </div>
    </div>
  );
}
