import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { api } from '../../lib/api';
import { fieldErrors, noErrors, type FieldErrors } from '../../components/field-errors';
import { Field, FormError } from '../../components/FormErrors';
import type { PublicTenant } from './school-api';

/** The page a set-password link opens: choose a password once, then sign in. */
export function AcceptInvitationPage({ tenant }: { tenant: PublicTenant }) {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [errors, setErrors] = useState<FieldErrors>(noErrors);
  const [done, setDone] = useState(false);
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
      await api.post('/auth/accept-invitation', { token, password });
      setDone(true);
    } catch (err) {
      setErrors(fieldErrors(err));
    }
  };

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
        <form onSubmit={submit} aria-label="Set your password" noValidate>
          <p>Choose the password for your account (at least 10 characters).</p>
          <Field label="New password" name="password" errors={errors}>
            <input name="password" type="password" autoComplete="new-password" minLength={10} required />
          </Field>
          <Field label="The same again" name="confirm" errors={errors}>
            <input name="confirm" type="password" autoComplete="new-password" required />
          </Field>
          <FormError errors={errors} />
          <button type="submit">Set password</button>
        </form>
      )}
    </main>
  );
}
