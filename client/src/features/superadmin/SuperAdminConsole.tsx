import { useEffect, useState, type FormEvent } from 'react';
import { errorBody } from '../../lib/http';
import { platformApi, platformToken } from '../../lib/platform-api';

interface TenantRow {
  id: string;
  name: string;
  subdomain: string;
  status: string;
  subscription: { plan: string };
}

/** /superadmin: platform operators sign in (never with a school session) and see the schools. */
export function SuperAdminConsole() {
  const [signedIn, setSignedIn] = useState(Boolean(platformToken.get()));
  return signedIn ? <Tenants onSignOut={() => setSignedIn(false)} /> : <PlatformLogin onSignedIn={() => setSignedIn(true)} />;
}

function PlatformLogin({ onSignedIn }: { onSignedIn: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    try {
      const { data } = await platformApi.post<{ accessToken: string }>('/auth/login', {
        email: form.get('email'),
        password: form.get('password'),
      });
      platformToken.set(data.accessToken);
      onSignedIn();
    } catch (err) {
      setError(errorBody(err)?.message ?? 'Could not sign in');
    }
  };
  return (
    <main className="card">
      <h1>Platform console</h1>
      <form onSubmit={submit} aria-label="Super admin sign in">
        <label>
          Email <input name="email" type="email" autoComplete="username" required />
        </label>
        <label>
          Password <input name="password" type="password" autoComplete="current-password" required />
        </label>
        {error && <p role="alert">{error}</p>}
        <button type="submit">Sign in</button>
      </form>
    </main>
  );
}

function Tenants({ onSignOut }: { onSignOut: () => void }) {
  const [rows, setRows] = useState<TenantRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    platformApi
      .get<{ data: TenantRow[] }>('/tenants', { params: { limit: 100 } })
      .then((r) => setRows(r.data.data))
      .catch((err: unknown) => setError(errorBody(err)?.message ?? 'Could not load the schools'));
  }, []);
  return (
    <main className="card wide">
      <header className="row">
        <h1>Schools</h1>
        <button
          type="button"
          onClick={() => {
            platformToken.set(null);
            onSignOut();
          }}
        >
          Sign out
        </button>
      </header>
      {error && <p role="alert">{error}</p>}
      {!rows && !error && <p role="status">Loading…</p>}
      {rows && rows.length === 0 && <p>No schools yet.</p>}
      {rows && rows.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Subdomain</th>
              <th scope="col">Plan</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((t) => (
              <tr key={t.id}>
                <td>{t.name}</td>
                <td>{t.subdomain}</td>
                <td>{t.subscription.plan}</td>
                <td>{t.status}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
