import { useLogo } from '../../lib/logo';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { errorBody } from '../../lib/http';
import { paths } from '../../config/paths';
import type { PublicTenant } from '../../lib/public-tenant';
import type { SessionUser } from '../../lib/session';
import { login } from './school-api';

/** The school's sign-in page, in its colours and with its logo. */
export function LoginPage({ tenant, onSignedIn }: { tenant: PublicTenant; onSignedIn: (u: SessionUser) => void }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setBusy(true);
    setError(null);
    try {
      onSignedIn(await login({ email: String(form.get('email')), password: String(form.get('password')) }));
    } catch (err) {
      setError(errorBody(err)?.message ?? 'Could not sign in');
    } finally {
      setBusy(false);
    }
  };
  const logo = useLogo(tenant.theme.logoUrl ?? tenant.logo);
  return (
    <main className="card" id="main">
      <header className="brand">
        {logo && <img src={logo} alt="" width={48} height={48} />}
        <div>
          <h1>{tenant.name}</h1>
          {tenant.motto && <p className="muted">{tenant.motto}</p>}
        </div>
      </header>
      <form onSubmit={submit} aria-label="Sign in">
        <label>
          Email <input name="email" type="email" autoComplete="username" required autoFocus />
        </label>
        <label>
          Password <input name="password" type="password" autoComplete="current-password" required />
        </label>
        {error && <p role="alert">{error}</p>}
        <button type="submit" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      <p>
        <Link to={paths.forgotPassword}>Forgot password?</Link>
      </p>
    </main>
  );
}
