import { useEffect, useState, type FormEvent } from 'react';
import { errorCode, errorMessage, saveToken } from '../../lib/api-client';
import { rememberedSchool } from '../../lib/tenant';
import { fetchMe, fetchTenant, login, type PublicTenant, type SchoolUser } from './school-api';

type State =
  | { kind: 'loading' }
  | { kind: 'choose' }
  | { kind: 'missing' }
  | { kind: 'suspended' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; tenant: PublicTenant };

function applyTheme(t: PublicTenant) {
  const root = document.documentElement.style;
  root.setProperty('--primary', t.theme.primaryColor);
  root.setProperty('--secondary', t.theme.secondaryColor);
  root.setProperty('--font', t.theme.fontFamily);
  document.title = t.name;
}

/** The school's front door: themed from GET /api/tenant, then sign-in and who you are. */
export function SchoolPortal() {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [user, setUser] = useState<SchoolUser | null>(null);

  // Bumped to look the school up again (after "find your school").
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    fetchTenant()
      .then((tenant) => {
        if (!current) return;
        applyTheme(tenant);
        setState({ kind: 'ready', tenant });
        return fetchMe()
          .then((me) => current && setUser(me.user))
          .catch(() => current && setUser(null));
      })
      .catch((err: unknown) => {
        if (!current) return;
        const code = errorCode(err);
        if (code === 'TENANT_REQUIRED') setState({ kind: 'choose' });
        else if (code === 'TENANT_NOT_FOUND') setState({ kind: 'missing' });
        else if (code === 'TENANT_INACTIVE') setState({ kind: 'suspended' });
        else setState({ kind: 'error', message: errorMessage(err) });
      });
    return () => {
      current = false;
    };
  }, [attempt]);

  const load = () => {
    setState({ kind: 'loading' });
    setAttempt((n) => n + 1);
  };

  if (state.kind === 'loading') return <p role="status">Loading…</p>;
  if (state.kind === 'choose') return <FindSchool onChosen={load} />;
  if (state.kind === 'missing')
    return <Notice title="School not found" text="No school is registered at this address. Check the link you were given." />;
  if (state.kind === 'suspended') return <Notice title="This school's account is suspended" text="Please contact your school's office." />;
  if (state.kind === 'error') return <Notice title="Something went wrong" text={state.message} />;

  const { tenant } = state;
  return (
    <main className="card">
      <header className="brand">
        {tenant.logo && <img src={tenant.logo} alt="" width={48} height={48} />}
        <div>
          <h1>{tenant.name}</h1>
          {tenant.motto && <p className="muted">{tenant.motto}</p>}
        </div>
      </header>
      {user ? (
        <section aria-label="Signed in">
          <p>
            Signed in as <strong>{user.name}</strong> ({user.role}).
          </p>
          <button
            type="button"
            onClick={() => {
              saveToken('school', null);
              setUser(null);
            }}
          >
            Sign out
          </button>
        </section>
      ) : (
        <LoginForm onSignedIn={setUser} />
      )}
    </main>
  );
}

function LoginForm({ onSignedIn }: { onSignedIn: (u: SchoolUser) => void }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setBusy(true);
    setError(null);
    try {
      const session = await login(String(form.get('email')), String(form.get('password')));
      saveToken('school', session.accessToken);
      onSignedIn(session.user);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={submit} aria-label="Sign in">
      <label>
        Email <input name="email" type="email" autoComplete="username" required />
      </label>
      <label>
        Password <input name="password" type="password" autoComplete="current-password" required />
      </label>
      {error && <p role="alert">{error}</p>}
      <button type="submit" disabled={busy}>
        {busy ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}

function FindSchool({ onChosen }: { onChosen: () => void }) {
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const code = String(new FormData(e.currentTarget).get('school')).trim().toLowerCase();
    if (code) {
      rememberedSchool.set(code);
      onChosen();
    }
  };
  return (
    <main className="card">
      <h1>Find your school</h1>
      <form onSubmit={submit}>
        <label>
          School code <input name="school" placeholder="e.g. demo" required pattern="[a-z0-9-]{3,63}" />
        </label>
        <button type="submit">Continue</button>
      </form>
    </main>
  );
}

function Notice({ title, text }: { title: string; text: string }) {
  return (
    <main className="card">
      <h1>{title}</h1>
      <p>{text}</p>
      {rememberedSchool.get() && (
        <button
          type="button"
          onClick={() => {
            rememberedSchool.clear();
            window.location.reload();
          }}
        >
          Choose another school
        </button>
      )}
    </main>
  );
}
