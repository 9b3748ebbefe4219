import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field, FormError } from '../../../components/FormErrors';
import { FormActions } from '../../../components/FormActions';
import { fieldErrors, noErrors, type FieldErrors } from '../../../components/field-errors';
import { AccountCell } from '../AccountCell';
import { RECORDS } from '../api/accounts';
import { useGuardianSearch } from '../api/guardians';
import { useAttachGuardian, useDetachGuardian, type Guardian } from '../api/students';

/**
 * A student's guardians with their contacts and sign-in accounts; admins attach an existing guardian (found by
 * name) or a new one, and detach one (their record stays).
 */
export function StudentGuardians({ studentId, guardians, canManage }: { studentId: string; guardians: Guardian[]; canManage: boolean }) {
  const { t } = useTranslation('people');
  const detach = useDetachGuardian(studentId);
  const [adding, setAdding] = useState<'existing' | 'new' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const remove = (g: Guardian) => {
    if (!window.confirm(t('guardians.detachConfirm', { name: `${g.firstName} ${g.lastName}` }))) return;
    detach.mutate(g.id, { onError: (err) => setError(fieldErrors(err).form), onSuccess: () => setError(null) });
  };
  return (
    <section className="card-item" aria-labelledby="guardians-heading">
      <h2 id="guardians-heading">{t('guardians.title')}</h2>
      {guardians.length === 0 && <p className="muted">{t('guardians.none')}</p>}
      <ul className="plain-list">
        {guardians.map((g) => (
          <li key={g.id}>
            <strong>
              {g.firstName} {g.lastName}
            </strong>
            {g.relationship ? ` (${g.relationship})` : ''}
            <br />
            {g.contact.phone && (
              <a href={`tel:${g.contact.phone}`} dir="ltr">
                {g.contact.phone}
              </a>
            )}
            {g.contact.phone && g.contact.email ? ' · ' : ''}
            {g.contact.email && <a href={`mailto:${g.contact.email}`}>{g.contact.email}</a>}
            {!g.contact.phone && !g.contact.email && <span className="muted">{t('guardians.noContact')}</span>}
            {canManage && (
              <div className="row start">
                <span>{t('guardians.account')}</span>
                <AccountCell
                  endpoint={RECORDS.guardians}
                  id={g.id}
                  name={`${g.firstName} ${g.lastName}`}
                  userId={g.userId}
                  email={g.contact.email}
                  canManage
                />
                <button
                  type="button"
                  className="link"
                  onClick={() => remove(g)}
                  aria-label={t('guardians.detachLabel', { name: `${g.firstName} ${g.lastName}` })}
                >
                  {t('guardians.detach')}
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
      {error && <p role="alert">{error}</p>}
      {canManage && !adding && (
        <div className="row start no-print">
          <button type="button" onClick={() => setAdding('existing')}>
            {t('guardians.attachExisting')}
          </button>
          <button type="button" className="secondary" onClick={() => setAdding('new')}>
            {t('guardians.addNew')}
          </button>
        </div>
      )}
      {adding === 'existing' && <AttachExisting studentId={studentId} linked={guardians} onDone={() => setAdding(null)} />}
      {adding === 'new' && <AddNew studentId={studentId} onDone={() => setAdding(null)} />}
    </section>
  );
}

function AttachExisting({ studentId, linked, onDone }: { studentId: string; linked: Guardian[]; onDone: () => void }) {
  const { t } = useTranslation('people');
  const [search, setSearch] = useState('');
  const found = useGuardianSearch(search);
  const attach = useAttachGuardian(studentId);
  const [error, setError] = useState<string | null>(null);
  const candidates = (found.data ?? []).filter((g) => !linked.some((l) => l.id === g.id));
  return (
    <div className="card-item">
      <label>
        {t('guardians.find')} <input value={search} onChange={(e) => setSearch(e.target.value)} autoComplete="off" />
      </label>
      {search.trim().length >= 2 && !found.isPending && candidates.length === 0 && <p className="muted">{t('guardians.notFound')}</p>}
      <ul className="plain-list">
        {candidates.map((g) => (
          <li key={g.id} className="row start">
            <span>
              {g.firstName} {g.lastName} <bdi dir="ltr">{g.contact.email ?? g.contact.phone ?? ''}</bdi>
            </span>
            <button
              type="button"
              disabled={attach.isPending}
              onClick={() => attach.mutate({ guardianId: g.id }, { onSuccess: onDone, onError: (err) => setError(fieldErrors(err).form) })}
            >
              {t('guardians.attach', { name: `${g.firstName} ${g.lastName}` })}
            </button>
          </li>
        ))}
      </ul>
      {error && <p role="alert">{error}</p>}
      <button type="button" className="secondary" onClick={onDone}>
        {t('guardians.cancel')}
      </button>
    </div>
  );
}

function AddNew({ studentId, onDone }: { studentId: string; onDone: () => void }) {
  const { t } = useTranslation('people');
  const attach = useAttachGuardian(studentId);
  const [errors, setErrors] = useState<FieldErrors>(noErrors);
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const contact = { ...(text('email') ? { email: text('email') } : {}), ...(text('phone') ? { phone: text('phone') } : {}) };
    const guardian = {
      firstName: text('firstName'),
      lastName: text('lastName'),
      ...(text('relationship') ? { relationship: text('relationship') } : {}),
      ...(Object.keys(contact).length ? { contact } : {}),
    };
    attach.mutate({ guardian }, { onSuccess: onDone, onError: (err) => setErrors(prefixed(fieldErrors(err))) });
  };
  return (
    <form className="card-item" onSubmit={submit} aria-label={t('guardians.newForm')} noValidate>
      <Field label={t('field.firstName')} name="firstName" errors={errors}>
        <input name="firstName" required autoComplete="off" />
      </Field>
      <Field label={t('field.lastName')} name="lastName" errors={errors}>
        <input name="lastName" required autoComplete="off" />
      </Field>
      <Field label={t('field.relationship')} name="relationship" errors={errors}>
        <input name="relationship" placeholder={t('guardians.relationshipHint')} />
      </Field>
      <Field label={t('field.email')} name="email" errors={errors}>
        <input name="email" type="email" autoComplete="off" />
      </Field>
      <Field label={t('field.phone')} name="phone" errors={errors}>
        <input name="phone" type="tel" autoComplete="off" />
      </Field>
      <FormError errors={errors} />
      <FormActions submit={t('guardians.submit')} disabled={attach.isPending} onCancel={onDone} />
    </form>
  );
}

/** The server names the new guardian's fields `guardian.firstName`, `guardian.contact.email`…: shown at this form's fields. */
function prefixed(e: FieldErrors): FieldErrors {
  const fields: Record<string, string> = {};
  for (const [path, message] of Object.entries(e.fields)) {
    const last = path.replace(/^guardian\.(contact\.)?/, '');
    if (last !== path && !fields[last]) fields[last] = message;
  }
  return { form: e.form, fields: Object.keys(fields).length ? fields : e.fields };
}
