import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageMenu } from '../../components/LanguageMenu';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { paths } from '../../config/paths';
import { errorBody } from '../../lib/http';
import { fieldErrors, noErrors, type FieldErrors } from '../../components/field-errors';
import { Field, FormError } from '../../components/FormErrors';

/**
 * A new password typed twice, for the pages a link from an email opens (an invitation, a reset). `save` sends it;
 * an answer whose error code is `deadLinkCode` means the link itself is spent, which `onDeadLink` shows.
 */
interface FormProps {
  title: string;
  intro: string;
  submitLabel: string;
  save: (password: string) => Promise<void>;
  deadLinkCode?: string;
  onDeadLink?: () => void;
}

export function NewPasswordForm(props: FormProps) {
  const { t } = useTranslation('auth');
  const [errors, setErrors] = useState<FieldErrors>(noErrors);

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const password = String(f.get('password') ?? '');
    if (password !== String(f.get('confirm') ?? '')) {
      setErrors({ form: null, fields: { confirm: t('newPassword.differ') } });
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
      <Field label={t('newPassword.password')} name="password" errors={errors}>
        <input name="password" type="password" autoComplete="new-password" minLength={10} required />
      </Field>
      <Field label={t('newPassword.confirm')} name="confirm" errors={errors}>
        <input name="confirm" type="password" autoComplete="new-password" required />
      </Field>
      <FormError errors={errors} />
      <button type="submit">{props.submitLabel}</button>
    </form>
  );
}

/**
 * The whole page such a link opens (`?token=`): the form, then `done` and a way to sign in; a link without a token
 * or one the server calls spent (`deadLinkCode`) shows `dead` instead of a form that cannot work.
 */
const DONE = 'done';
const DEAD = 'dead';

export function PasswordLinkPage(props: {
  schoolName: string;
  form: Omit<FormProps, 'save' | 'onDeadLink'>;
  save: (token: string, password: string) => Promise<void>;
  done: string;
  dead: ReactNode;
}) {
  const { t } = useTranslation('auth');
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [state, setState] = useState<'form' | 'done' | 'dead'>('form');
  const token = params.get('token') ?? '';

  return (
    <main className="card">
      <header className="row">
        <h1>{props.schoolName}</h1>
        <LanguageMenu />
      </header>
      {state === 'done' ? (
        <>
          <p role="status">{props.done}</p>
          <button type="button" onClick={() => navigate(paths.home, { replace: true })}>
            {t('signIn')}
          </button>
        </>
      ) : state === 'dead' || !token ? (
        props.dead
      ) : (
        <NewPasswordForm
          {...props.form}
          save={async (password) => {
            await props.save(token, password);
            setState(DONE);
          }}
          onDeadLink={() => setState(DEAD)}
        />
      )}
    </main>
  );
}
