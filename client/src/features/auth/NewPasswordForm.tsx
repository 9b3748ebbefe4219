import { useState, type FormEvent } from 'react';
import { errorBody } from '../../lib/http';
import { fieldErrors, noErrors, type FieldErrors } from '../../components/field-errors';
import { Field, FormError } from '../../components/FormErrors';

/**
 * A new password typed twice, for the pages a link from an email opens (an invitation, a reset). `save` sends it;
 * an answer whose error code is `deadLinkCode` means the link itself is spent, which `onDeadLink` shows.
 */
export function NewPasswordForm(props: {
  title: string;
  intro: string;
  submitLabel: string;
  save: (password: string) => Promise<void>;
  deadLinkCode?: string;
  onDeadLink?: () => void;
}) {
  const [errors, setErrors] = useState<FieldErrors>(noErrors);

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const password = String(f.get('password') ?? '');
    if (password !== String(f.get('confirm') ?? '')) {
      setErrors({ form: null, fields: { confirm: 'The two passwords differ' } });
      return;
    }
    try {
      await props.save(password);
    } catch (err) {
      if (props.deadLinkCode && errorBody(err)?.error === props.deadLinkCode) props.onDeadLink?.();
      else setErrors(fieldErrors(err));
    }
  };

  return (
    <form onSubmit={submit} aria-label={props.title} noValidate>
      <p>{props.intro}</p>
      <Field label="New password" name="password" errors={errors}>
        <input name="password" type="password" autoComplete="new-password" minLength={10} required />
      </Field>
      <Field label="The same again" name="confirm" errors={errors}>
        <input name="confirm" type="password" autoComplete="new-password" required />
      </Field>
      <FormError errors={errors} />
      <button type="submit">{props.submitLabel}</button>
    </form>
  );
}
