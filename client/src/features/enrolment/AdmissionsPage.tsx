import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { errorBody } from '../../lib/http';
import { listState } from '../../lib/query';
import type { SessionUser } from '../../lib/session';
import { PagedTable, type Column } from '../../components/DataTable';
import { fieldErrors, noErrors, type FieldErrors } from '../../components/field-errors';
import { Field, FieldError, FormError } from '../../components/FormErrors';
import { useSchoolOptions, type SchoolOptions } from '../../lib/school-options';
import { FormActions, Options } from '../../components/FormActions';
import { useAdmissionActions, useApplications, type Application } from './api/admissions';

const STATUSES = ['applied', 'accepted', 'rejected', 'enrolled'] as const;
const isStatus = (s: string): s is (typeof STATUSES)[number] => (STATUSES as readonly string[]).includes(s);

/** Applications from applied to accepted to enrolled (or rejected, with a reason). */
export function AdmissionsPage({ role }: { role: SessionUser['role'] }) {
  const { t } = useTranslation('enrolment');
  const [filters, setFilters] = useState({ status: '', page: 1 });
  const [creating, setCreating] = useState(false);
  const [enrolling, setEnrolling] = useState<Application | null>(null);
  const options = useSchoolOptions();
  const list = listState(useApplications(filters.status, filters.page));
  const { decide: decision } = useAdmissionActions();
  const canWrite = role === 'admin';
  const decide = async (a: Application, action: 'accept' | 'reject') => {
    const reason = action === 'reject' ? window.prompt(t('admissions.rejectReason', { name: `${a.firstName} ${a.lastName}` })) : '';
    if (reason === null) return;
    try {
      await decision.mutateAsync({ id: a.id, action, ...(reason ? { reason } : {}) });
    } catch (err) {
      window.alert(errorBody(err)?.message ?? t('admissions.decideFailed'));
    }
  };
  const decisions = (a: Application) => (
    <>
      {a.status === 'applied' && (
        <>
          <button type="button" className="link" onClick={() => void decide(a, 'accept')}>
            {t('admissions.accept')}
          </button>{' '}
          <button type="button" className="link" onClick={() => void decide(a, 'reject')}>
            {t('admissions.reject')}
          </button>
        </>
      )}
      {a.status === 'accepted' && (
        <button type="button" className="link" onClick={() => setEnrolling(a)}>
          {t('admissions.enrol')}
        </button>
      )}
    </>
  );
  const columns: Column<Application>[] = [
    {
      label: t('admissions.col.applicant'),
      value: (a) =>
        a.studentId ? <Link to={`/students/${a.studentId}`}>{`${a.firstName} ${a.lastName}`}</Link> : `${a.firstName} ${a.lastName}`,
    },
    { label: t('admissions.col.grade'), value: (a) => options.data?.grades.find((g) => g.value === a.gradeLevelId)?.label },
    {
      label: t('admissions.col.guardian'),
      value: (a) => (
        <>
          {a.guardian.firstName} {a.guardian.lastName}{' '}
          <span className="muted" dir="ltr">
            {a.guardian.email ?? a.guardian.phone}
          </span>
        </>
      ),
    },
    {
      label: t('admissions.col.status'),
      value: (a) => (
        <>
          {isStatus(a.status) ? t(`status.${a.status}`) : a.status}
          {a.decisionReason && <span className="muted"> ({a.decisionReason})</span>}
        </>
      ),
    },
    ...(canWrite ? [{ label: t('admissions.col.actions'), value: (a: Application) => decisions(a) }] : []),
  ];
  return (
    <section>
      <header className="row">
        <h1>{t('admissions.title')}</h1>
        {canWrite && (
          <button type="button" onClick={() => setCreating(true)}>
            {t('admissions.new')}
          </button>
        )}
      </header>
      {creating && options.data && (
        <ApplicationForm options={options.data} onDone={() => setCreating(false)} onCancel={() => setCreating(false)} />
      )}
      {enrolling && options.data && (
        <EnrolForm application={enrolling} options={options.data} onDone={() => setEnrolling(null)} onCancel={() => setEnrolling(null)} />
      )}
      <div className="row">
        <label>
          {t('admissions.status')}
          <select value={filters.status} onChange={(e) => setFilters({ status: e.target.value, page: 1 })}>
            <option value="">{t('admissions.any')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <PagedTable list={list} noun={t('admissions.noun')} onPage={(page) => setFilters({ ...filters, page })} columns={columns} />
    </section>
  );
}

interface FormField {
  name: string;
  label: 'form.firstName' | 'form.lastName' | 'form.dateOfBirth' | 'form.relationship' | 'form.email' | 'form.phone';
  type: string;
  /** Where the API names the field in its errors. */
  path: string;
}
const APPLICANT_FIELDS: FormField[] = [
  { name: 'firstName', label: 'form.firstName', type: 'text', path: 'firstName' },
  { name: 'lastName', label: 'form.lastName', type: 'text', path: 'lastName' },
  { name: 'dateOfBirth', label: 'form.dateOfBirth', type: 'date', path: 'dateOfBirth' },
];
const GUARDIAN_FIELDS: FormField[] = [
  { name: 'gFirstName', label: 'form.firstName', type: 'text', path: 'guardian.firstName' },
  { name: 'gLastName', label: 'form.lastName', type: 'text', path: 'guardian.lastName' },
  { name: 'relationship', label: 'form.relationship', type: 'text', path: 'guardian.relationship' },
  { name: 'email', label: 'form.email', type: 'email', path: 'guardian.email' },
  { name: 'phone', label: 'form.phone', type: 'tel', path: 'guardian.phone' },
];

function ApplicationForm({ options, onDone, onCancel }: { options: SchoolOptions; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation('enrolment');
  const [errors, setErrors] = useState<FieldErrors>(noErrors);
  const { create } = useAdmissionActions();
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const v = (k: string) => String(f.get(k) ?? '').trim();
    const optional = (k: string, as = k) => (v(k) ? { [as]: v(k) } : {});
    try {
      await create.mutateAsync({
        firstName: v('firstName'),
        lastName: v('lastName'),
        gradeLevelId: v('gradeLevelId'),
        ...optional('dateOfBirth'),
        ...optional('notes'),
        guardian: {
          firstName: v('gFirstName'),
          lastName: v('gLastName'),
          ...optional('relationship'),
          ...optional('email'),
          ...optional('phone'),
        },
      });
      onDone();
    } catch (err) {
      setErrors(fieldErrors(err));
    }
  };
  const input = ({ name, label, type, path }: FormField) => (
    <Field key={name} label={t(label)} name={path} errors={errors}>
      <input name={name} type={type} />
    </Field>
  );
  return (
    <form className="card-item" onSubmit={submit} aria-label={t('admissions.new')} noValidate>
      <div className="row">{APPLICANT_FIELDS.map(input)}</div>
      <Field label={t('form.grade')} name="gradeLevelId" errors={errors}>
        <select name="gradeLevelId">
          <Options list={options.grades} placeholder={t('form.choose')} />
        </select>
      </Field>
      <fieldset>
        <legend>{t('form.guardian')}</legend>
        <div className="row">{GUARDIAN_FIELDS.slice(0, 3).map(input)}</div>
        <div className="row">{GUARDIAN_FIELDS.slice(3).map(input)}</div>
      </fieldset>
      <label>
        {t('form.notes')} <textarea name="notes" rows={2} maxLength={1000} />
      </label>
      <FormError errors={errors} />
      <FormActions submit={t('form.save')} onCancel={onCancel} />
    </form>
  );
}

function EnrolForm({
  application,
  options,
  onDone,
  onCancel,
}: {
  application: Application;
  options: SchoolOptions;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('enrolment');
  const [errors, setErrors] = useState<FieldErrors>(noErrors);
  const { enrol } = useAdmissionActions();
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const [classId, sectionId] = String(new FormData(e.currentTarget).get('placement') ?? '').split(':');
    try {
      await enrol.mutateAsync({ id: application.id, classId: classId ?? '', sectionId: sectionId ?? '' });
      onDone();
    } catch (err) {
      setErrors(fieldErrors(err));
    }
  };
  return (
    <form
      className="card-item"
      onSubmit={submit}
      aria-label={t('enrolForm.title', { name: `${application.firstName} ${application.lastName}` })}
    >
      <h2>{t('enrolForm.title', { name: `${application.firstName} ${application.lastName}` })}</h2>
      <label>
        {t('enrolForm.placement')}
        <select name="placement" required>
          <Options list={options.sections} />
        </select>
        <FieldError errors={errors} name="sectionId" />
      </label>
      <p className="muted">{t('enrolForm.guardianNote')}</p>
      <FormError errors={errors} />
      <FormActions submit={t('enrolForm.submit')} onCancel={onCancel} />
    </form>
  );
}
