import { useState, type FormEvent, type ReactNode } from 'react';
import { fieldErrors, noErrors, type FieldErrors } from '../../components/field-errors';
import { Field, FormError } from '../../components/FormErrors';
import type { SessionUser } from '../../lib/session';
import { changeOwnAccount } from './api/change-own-account';

/**
 * /account: change your own email or password. Needs the current password; your other devices are signed out.
 * `children`: the other settings of one's own (the app puts the message preferences here).
 */
export function AccountPage({ user, children }: { user: SessionUser; children?: ReactNode }) {
  const [errors, setErrors] = useState<FieldErrors>(noErrors);
  const [done, setDone] = useState(false);

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const email = String(f.get('email') ?? '').trim();
    const password = String(f.get('password') ?? '');
    if (password !== String(f.get('confirm') ?? '')) {
      setErrors({ form: null, fields: { confirm: 'The two passwords differ' } });
      return;
    }
    try {
      await changeOwnAccount({
        currentPassword: String(f.get('currentPassword') ?? ''),
        ...(email && email !== user.email ? { email } : {}),
        ...(password ? { password } : {}),
      });
      setErrors(noErrors);
      setDone(true);
    } catch (err) {
      setErrors(fieldErrors(err));
      setDone(false);
    }
  };

  return (
    <section>
      <h1>Your account</h1>
      <form onSubmit={submit} aria-label="Change your sign-in details" noValidate>
        <Field label="Email" name="email" errors={errors}>
          <input name="email" type="email" autoComplete="username" defaultValue={user.email} />
        </Field>
        <Field label="New password (leave empty to keep it)" name="password" errors={errors}>
          <input name="password" type="password" autoComplete="new-password" minLength={10} />
        </Field>
        <Field label="The new password again" name="confirm" errors={errors}>
          <input name="confirm" type="password" autoComplete="new-password" />
        </Field>
        <Field label="Current password" name="currentPassword" errors={errors}>
          <input name="currentPassword" type="password" autoComplete="current-password" required />
        </Field>
        <FormError errors={errors} />
        {done && <p role="status">Saved. Your other devices were signed out.</p>}
        <button type="submit">Save</button>
      </form>
      {children}
    </section>
  );
}
