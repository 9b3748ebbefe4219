import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { api } from '../../lib/api';
import { NewPasswordForm } from './NewPasswordForm';
import type { PublicTenant } from './school-api';

/** The page a set-password link opens: choose a password once, then sign in. */
export function AcceptInvitationPage({ tenant }: { tenant: PublicTenant }) {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [done, setDone] = useState(false);
  const token = params.get('token') ?? '';

  return (
    <main className="card">
      <h1>{tenant.name}</h1>
      {done ? (
        <>
          <p role="status">Your password is set. You can sign in now.</p>
          <button type="button" onClick={() => navigate('/', { replace: true })}>
            Sign in
          </button>
        </>
      ) : !token ? (
        <p role="alert">This link has no token. Ask your school for a new one.</p>
      ) : (
        <NewPasswordForm
          title="Set your password"
          intro="Choose the password for your account (at least 10 characters)."
          submitLabel="Set password"
          save={async (password) => {
            await api.post('/auth/accept-invitation', { token, password });
            setDone(true);
          }}
        />
      )}
    </main>
  );
}
