import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { paths } from '../../config/paths';
import { errorBody } from '../../lib/http';
import { fieldErrors, noErrors, type FieldErrors } from '../../components/field-errors';
import { Field, FormError } from '../../components/FormErrors';
import { resetPassword, type PublicTenant } from './school-api';

/** The page a reset link opens (`?token=`): a new password, typed twice; then sign in again everywhere. */
export function ResetPasswordPage({ tenant }: { tenant: PublicTenant }) {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [errors, setErrors] = useState<FieldErrors>(noErrors);
  const [state, setState] = useState<'form' | 'done' | 'dead'>('form');
  const token = params.get('token') ?? '';

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const password = String(f.get('password') ?? '');
    if (password !== String(f.get('confirm') ?? '')) {
      setErrors({ form: null, fields: { confirm: 'The two passwords differ' } });
      return;
    }
    try {
      await resetPassword({ token, password });
      setState('done');
    } catch (err) {
      if (errorBody(err)?.error === 'INVALID_RESET_TOKEN') setState('dead');
      else setErrors(fieldErrors(err));
    }
  };

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
        <form onSubmit={submit} aria-label="Choose a new password" noValidate>
          <p>Choose a new password (at least 10 characters).</p>
          <Field label="New password" name="password" errors={errors}>
            <input name="password" type="password" autoComplete="new-password" minLength={10} required />
          </Field>
          <Field label="The same again" name="confirm" errors={errors}>
            <input name="confirm" type="password" autoComplete="new-password" required />
          </Field>
          <FormError errors={errors} />
          <button type="submit">Set new password</button>
        </form>
      )}
    </main>
  );
}
