import { useState, type FormEvent, type ReactNode } from 'react';
import { errorBody } from '../lib/http';
import { fetchSchoolStatus, type SchoolStatus } from '../lib/public-tenant';
import { Notice } from './Notice';

/**
 * A suspended school's page: the server's public message (suspended, whom to ask) for everyone; its admin
 * may enter their password to read the reason the platform operator gave. Nothing is signed in.
 */
export function SuspendedSchool({ message, children }: { message: string; children?: ReactNode }) {
  const [status, setStatus] = useState<SchoolStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    setBusy(true);
    setError(null);
    try {
      setStatus(await fetchSchoolStatus({ email: String(f.get('email')), password: String(f.get('password')) }));
    } catch (err) {
      setError(errorBody(err)?.message ?? 'Could not check');
    } finally {
      setBusy(false);
    }
  };
  return (
    <Notice title="This school's account is suspended" text={message}>
      {status ? (
        <div role="status">
          <h2>Why</h2>
          <p>{status.reason ?? 'The platform operator gave no reason.'}</p>
          {status.since && <p className="muted">Since {new Date(status.since).toLocaleDateString()}</p>}
          <p>{status.message}</p>
        </div>
      ) : (
        <details>
          <summary>School administrator? See why</summary>
          <form onSubmit={submit} aria-label="See why the school is suspended">
            <label>
              Email <input name="email" type="email" autoComplete="username" required />
            </label>
            <label>
              Password <input name="password" type="password" autoComplete="current-password" required />
            </label>
            {error && <p role="alert">{error}</p>}
            <button type="submit" disabled={busy}>
              {busy ? 'Checking…' : 'See why'}
            </button>
          </form>
        </details>
      )}
      {children}
    </Notice>
  );
}
