import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { paths } from '../../config/paths';
import { NewPasswordForm } from './NewPasswordForm';
import { resetPassword, type PublicTenant } from './school-api';

/** The page a reset link opens (`?token=`): a new password, typed twice; then sign in again everywhere. */
export function ResetPasswordPage({ tenant }: { tenant: PublicTenant }) {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [state, setState] = useState<'form' | 'done' | 'dead'>('form');
  const token = params.get('token') ?? '';

  return (
    <main className="card">
      <h1>{tenant.name}</h1>
      {state === 'done' ? (
        <>
          <p role="status">Your new password is set. You were signed out on every device: sign in again.</p>
          <button type="button" onClick={() => navigate(paths.home, { replace: true })}>
            Sign in
          </button>
        </>
      ) : state === 'dead' || !token ? (
        <>
          <p role="alert">This link is invalid, already used or expired.</p>
          <Link to={paths.forgotPassword}>Ask for a new link</Link>
        </>
      ) : (
        <NewPasswordForm
          title="Choose a new password"
          intro="Choose a new password (at least 10 characters)."
          submitLabel="Set new password"
          save={async (password) => {
            await resetPassword({ token, password });
            setState('done');
          }}
          deadLinkCode="INVALID_RESET_TOKEN"
          onDeadLink={() => setState('dead')}
        />
      )}
    </main>
  );
}
