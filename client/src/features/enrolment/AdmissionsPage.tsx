import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { errorBody } from '../../lib/http';
import { listState } from '../../lib/query';
import type { SessionUser } from '../../lib/session';
import { PagedTable } from '../../components/DataTable';
import { fieldErrors, noErrors, type FieldErrors } from '../../components/field-errors';
import { Field, FieldError, FormError } from '../../components/FormErrors';
import { useSchoolOptions, type SchoolOptions } from '../../lib/school-options';
import { FormActions, Options } from '../../components/FormActions';
import { useAdmissionActions, useApplications, type Application } from './api/admissions';

/** Applications from applied to accepted to enrolled (or rejected, with a reason). */
export function AdmissionsPage({ role }: { role: SessionUser['role'] }) {
  const [filters, setFilters] = useState({ status: '', page: 1 });
  const [creating, setCreating] = useState(false);
  const [enrolling, setEnrolling] = useState<Application | null>(null);
  const options = useSchoolOptions();
  const list = listState(useApplications(filters.status, filters.page));
  const { decide: decision } = useAdmissionActions();
  const canWrite = role === 'admin';
  const decide = async (a: Application, action: 'accept' | 'reject') => {
    const reason = action === 'reject' ? window.prompt(`Why is ${a.firstName} ${a.lastName}'s application rejected?`) : '';
    if (reason === null) return;
    try {
      await decision.mutateAsync({ id: a.id, action, ...(reason ? { reason } : {}) });
    } catch (err) {
      window.alert(errorBody(err)?.message ?? 'Could not change the application');
    }
  };
  const decisions = (a: Application) => (
    <>
      {a.status === 'applied' && (
        <>
          <button type="button" className="link" onClick={() => void decide(a, 'accept')}>
            Accept
          </button>{' '}
          <button type="button" className="link" onClick={() => void decide(a, 'reject')}>
            Reject
          </button>
        </>
      )}
      {a.status === 'accepted' && (
        <button type="button" className="link" onClick={() => setEnrolling(a)}>
          Enrol
        </button>
      )}
    </>
  );
  return (
    <section>
      <header className="row">
        <h1>Admissions</h1>
        {canWrite && (
          <button type="button" onClick={() => setCreating(true)}>
            New application
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
          Status
          <select value={filters.status} onChange={(e) => setFilters({ status: e.target.value, page: 1 })}>
            <option value="">Any</option>
            {['applied', 'accepted', 'rejected', 'enrolled'].map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
      </div>
      <PagedTable
        list={list}
        noun="applications"
        onPage={(page) => setFilters({ ...filters, page })}
        columns={[
          {
            label: 'Applicant',
            value: (a) =>
              a.studentId ? <Link to={`/students/${a.studentId}`}>{`${a.firstName} ${a.lastName}`}</Link> : `${a.firstName} ${a.lastName}`,
          },
          { label: 'Grade', value: (a) => options.data?.grades.find((g) => g.value === a.gradeLevelId)?.label },
          {
            label: 'Guardian',
            value: (a) => (
              <>
                {a.guardian.firstName} {a.guardian.lastName} <span className="muted">{a.guardian.email ?? a.guardian.phone}</span>
              </>
            ),
          },
          {
            label: 'Status',
            value: (a) => (
              <>
                {a.status}
                {a.decisionReason && <span className="muted"> ({a.decisionReason})</span>}
              </>
            ),
          },
          ...(canWrite ? [{ label: 'Actions', value: (a: Application) => decisions(a) }] : []),
        ]}
      />
    </section>
  );
}

function ApplicationForm({ options, onDone, onCancel }: { options: SchoolOptions; onDone: () => void; onCancel: () => void }) {
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
  const input = (name: string, label: string, type = 'text', errorPath?: string) => (
    <Field label={label} name={errorPath ?? name} errors={errors}>
      <input name={name} type={type} />
    </Field>
  );
  return (
    <form className="card-item" onSubmit={submit} aria-label="New application" noValidate>
      <div className="row">
        {input('firstName', 'First name')}
        {input('lastName', 'Last name')}
        {input('dateOfBirth', 'Date of birth', 'date')}
      </div>
      <Field label="Grade applied for" name="gradeLevelId" errors={errors}>
        <select name="gradeLevelId">
          <Options list={options.grades} placeholder="Choose…" />
        </select>
      </Field>
      <fieldset>
        <legend>Guardian</legend>
        <div className="row">
          {input('gFirstName', 'First name', 'text', 'guardian.firstName')}
          {input('gLastName', 'Last name', 'text', 'guardian.lastName')}
          {input('relationship', 'Relationship', 'text', 'guardian.relationship')}
        </div>
        <div className="row">
          {input('email', 'Email', 'email', 'guardian.email')}
          {input('phone', 'Phone', 'tel', 'guardian.phone')}
        </div>
      </fieldset>
      <label>
        Notes <textarea name="notes" rows={2} maxLength={1000} />
      </label>
      <FormError errors={errors} />
      <FormActions submit="Save application" onCancel={onCancel} />
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
    <form className="card-item" onSubmit={submit} aria-label={`Enrol ${application.firstName} ${application.lastName}`}>
      <h2>
        Enrol {application.firstName} {application.lastName}
      </h2>
      <label>
        Class and section
        <select name="placement" required>
          <Options list={options.sections} />
        </select>
        <FieldError errors={errors} name="sectionId" />
      </label>
      <p className="muted">The guardian is matched by email or phone and never added twice.</p>
      <FormError errors={errors} />
      <FormActions submit="Enrol" onCancel={onCancel} />
    </form>
  );
}
